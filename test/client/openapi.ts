// Generated from docs/openapi.json by openapi-typescript (npm run docs). Do not edit.
export interface paths {
    "/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Applications by cohort and status, with counts (a municipality sees its own)
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["listApplications"];
        put?: never;
        /**
         * Submit an application to join the programme
         * @description Allowed roles: project-leader. Not open to municipal systems (Maskinporten).
         */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an application (a municipality sees only its own)
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change parts of a draft application
         * @description Allowed roles: project-leader. Not open to municipal systems (Maskinporten).
         */
        patch: operations["updateApplicationDraft"];
        trace?: never;
    };
    "/applications/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a draft application (only the cohort is required)
         * @description Allowed roles: project-leader. Not open to municipal systems (Maskinporten).
         */
        post: operations["saveApplicationDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a draft; refused with every missing element named while incomplete
         * @description Allowed roles: project-leader. Not open to municipal systems (Maskinporten).
         */
        post: operations["submitApplicationDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an application before the decision
         * @description Allowed roles: project-leader. Not open to municipal systems (Maskinporten).
         */
        post: operations["withdrawApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the decision: admitted or rejected, with the reason
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["decideApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assess a submitted application: every mandatory element met or not, and a recommendation (replaces an earlier assessment)
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        put: operations["assessApplication"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{cohortId}/steering-group-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cohort’s steering-group meetings and their decisions, oldest first
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["listSteeringGroupMeetings"];
        put?: never;
        /**
         * Record a steering-group meeting’s decisions: every application admitted or rejected, all or none; the letters follow
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["holdSteeringGroupMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{cohortId}/steering-group-decisions/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A steering-group meeting and its decisions
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["getSteeringGroupMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/joint-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a joint application of several municipalities: one project leader, each member’s own application, all or none
         * @description Allowed roles: project-leader, secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["submitJointApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/joint-applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a joint application, with each member application’s status (a municipality sees those it is a member of)
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["getJointApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The municipality register (Kilde: Statistisk sentralbyrå)
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["listMunicipalities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/municipalities/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A municipality with its participation history (a municipality sees its own)
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["getMunicipality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set the written standard and/or contact address (a municipality: its own); the secretariat also the organisation number
         * @description Allowed roles: project-leader, secretariat. Not open to municipal systems (Maskinporten).
         */
        patch: operations["updateMunicipality"];
        trace?: never;
    };
    "/municipalities/contact-addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the municipalities’ official contact addresses (postmottak; cohort invitations go there) from a file; all rows or none
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["importContactAddresses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/municipalities/{number}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The municipality’s people, with their roles and status
         * @description Allowed roles: project-leader, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["listPeople"];
        put?: never;
        /**
         * Invite a person of the municipality (the login is created and a Norwegian invitation sent)
         * @description Allowed roles: project-leader, secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["invitePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/municipalities/{number}/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One person of the municipality
         * @description Allowed roles: project-leader, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a person’s roles and/or name (the last project leader keeps the role: 409)
         * @description Allowed roles: project-leader, secretariat. Not open to municipal systems (Maskinporten).
         */
        patch: operations["changePerson"];
        trace?: never;
    };
    "/municipalities/{number}/people/{personId}/deactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a person: its tokens answer 401 from the next request on (the last project leader: 409)
         * @description Allowed roles: project-leader, secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["deactivatePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programme’s own people: secretariat members, advisors and evaluators
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["listStaff"];
        put?: never;
        /**
         * Invite a person of the secretariat (advisor, evaluator or secretariat member)
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["inviteStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One person of the secretariat
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["getStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a staff member’s roles and/or name
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        patch: operations["changeStaff"];
        trace?: never;
    };
    "/staff/{personId}/deactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a staff member: its tokens answer 401 from the next request on
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["deactivateStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All cohorts by start date
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat, evaluator. Not open to municipal systems (Maskinporten).
         */
        get: operations["listCohorts"];
        put?: never;
        /**
         * Create a cohort (pulje), as a draft
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["createCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{cohortId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One cohort, with its report plan (its calendar: GET /gatherings?cohortId=)
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat, evaluator. Not open to municipal systems (Maskinporten).
         */
        get: operations["getCohort"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{cohortId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open, close, start or complete a cohort (409 for an illegal transition)
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["changeCohortStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{cohortId}/report-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the reports each participant admitted from now on owes
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        put: operations["setReportPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{cohortId}/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cohort’s networks
         * @description Allowed roles: advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["listNetworks"];
        put?: never;
        /**
         * Form a network with an advisor and (optionally) its first members
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["formNetwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{cohortId}/networks/{networkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One network with its advisor and members
         * @description Allowed roles: advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["getNetwork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{cohortId}/networks/{networkId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place a participant of the cohort in the network
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["assignToNetwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gatherings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cohort’s calendar (?cohortId=), a network’s (?networkId=), or every gathering whose first day is between from and to (default: the coming year)
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat, evaluator. Not open to municipal systems (Maskinporten).
         */
        get: operations["listGatherings"];
        put?: never;
        /**
         * Schedule a gathering: one or more days (or only a month), for one or more cohorts or one network, with sessions, audience, venue, capacity and registration deadline
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["scheduleGathering"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gatherings/{gatheringId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One gathering
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat, evaluator. Not open to municipal systems (Maskinporten).
         */
        get: operations["getGathering"];
        /**
         * Change a gathering (its SEQUENCE grows); the municipalities in its audience are told what changed. 422 for a capacity below the seats taken
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        put: operations["changeGathering"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gatherings/{gatheringId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a gathering: it stays in the calendars as cancelled; the municipalities in its audience are told why
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["cancelGathering"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gatherings/{gatheringId}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The registrations (a municipality sees its own, an advisor its networks’ members) and the seats taken
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["listRegistrations"];
        put?: never;
        /**
         * Sign attendees up (its people, or name and email): a seat while every capacity has room, else the waiting list
         * @description Allowed roles: project-leader, secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["registerForGathering"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gatherings/{gatheringId}/registrations/{registrationId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a registration: the municipality before the deadline, the secretariat until the gathering ends; the first waitlisted moves up
         * @description Allowed roles: project-leader, secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["cancelRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gatherings/{gatheringId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record attended or absent per registration, and walk-ins; from the gathering’s first day
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        put: operations["recordAttendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/overview/missed-gatherings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per participant: the ended gatherings with recorded attendance it was in the audience of, and those none of its people attended
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["getMissedGatherings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Participation against the programme goal (more than half), per cohort, county and network
         * @description Allowed roles: advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["getOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/overview/absence-comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sick-leave % of participants against non-participants per quarter, from summed days
         * @description Allowed roles: advisor, secretariat, evaluator. Not open to municipal systems (Maskinporten).
         */
        get: operations["getAbsenceComparison"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/municipalities/{number}/absence-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current figures, quarterly series with rolling four quarters, and the target status (a municipality: its own)
         * @description Allowed roles: project-leader, figures-uploader, management, union-representative, elected-official, observer, advisor, secretariat. Municipal systems: a Maskinporten token with kvalitetskommune:figures.read on the machine API, for the municipality its consumer (0192:<organisation number>) is.
         */
        get: operations["getAbsenceFigures"];
        put?: never;
        /**
         * Upload sick-leave figures (JSON or text/csv); all rows or none; a repeat within 24 h is recognised
         * @description Allowed roles: figures-uploader, project-leader, secretariat. Municipal systems: a Maskinporten token with kvalitetskommune:figures.write on the machine API, for the municipality its consumer (0192:<organisation number>) is.
         */
        post: operations["uploadAbsenceFigures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/absence-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload figures for many municipalities at once (JSON or text/csv with municipalityNumber)
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["uploadBulkAbsenceFigures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/municipalities/{number}/absence-uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a large upload of figures: answers a presigned PUT URL; the file is checked and accepted asynchronously
         * @description Allowed roles: figures-uploader, project-leader, secretariat. Municipal systems: a Maskinporten token with kvalitetskommune:figures.write on the machine API, for the municipality its consumer (0192:<organisation number>) is.
         */
        post: operations["createAbsenceUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/absence-uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a large bulk upload (municipalityNumber per row): answers a presigned PUT URL
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["createBulkAbsenceUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/absence-uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An asynchronous upload: received → validating → committed (receipt) | rejected (row/column errors); a municipality sees its own
         * @description Allowed roles: figures-uploader, project-leader, secretariat. Municipal systems: a Maskinporten token with kvalitetskommune:figures.write or kvalitetskommune:figures.read on the machine API, for the municipality its consumer (0192:<organisation number>) is.
         */
        get: operations["getAbsenceUpload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/absence-figures/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plausibility warnings of uploaded figures (valid but unlikely; the figures count): open ones by default, one municipality’s with municipalityNumber
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["listAbsenceWarnings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/absence-figures/warnings/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a plausibility warning checked, with an optional note (who and when are recorded); again: the first check stands
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["checkAbsenceWarning"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/overview/target-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every participant’s target status, worst first, with counts
         * @description Allowed roles: advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["listTargetStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/joint-projects/{id}/target-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A joint project’s sick-leave status (summed days of its admitted members), beside each member’s own (a municipality sees those it is a member of)
         * @description Allowed roles: project-leader, figures-uploader, management, union-representative, elected-official, observer, advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["getJointTargetStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Emails by delivery status; default the failed ones (after every retry)
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a failed email again
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["retryNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/me/mail-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My choices for optional mail: per category immediate, a daily digest, or off (mandatory mail is always sent)
         * @description Allowed roles: secretariat, advisor, evaluator, project-leader, figures-uploader, management, union-representative, elected-official, observer. Not open to municipal systems (Maskinporten).
         */
        get: operations["getMailPreferences"];
        /**
         * Change my choices for optional mail (the categories named; the others stay)
         * @description Allowed roles: secretariat, advisor, evaluator, project-leader, figures-uploader, management, union-representative, elected-official, observer. Not open to municipal systems (Maskinporten).
         */
        put: operations["updateMailPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mail-preferences/unsubscribe/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The page of an unsubscribe link (bokmål and nynorsk): opening it changes nothing, its button posts the one click */
        get: operations["showUnsubscribePage"];
        put?: never;
        /** One-click unsubscribe (RFC 8058): the mail client posts `List-Unsubscribe=One-Click` (any body is ignored); the category is off, mandatory mail still comes */
        post: operations["unsubscribeByLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email-confirmations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a typed email address with the code sent to it (its held emails are then delivered) */
        post: operations["confirmEmailAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reports by status per cohort and network, with counts (status=overdue: the overdue list); a municipality sees its own
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat. Municipal systems: a Maskinporten token with kvalitetskommune:reports.read on the machine API, for the municipality its consumer (0192:<organisation number>) is.
         */
        get: operations["listReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One report with its history
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat. Municipal systems: a Maskinporten token with kvalitetskommune:reports.read on the machine API, for the municipality its consumer (0192:<organisation number>) is.
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move a report’s due date (its reminders are weighed again against the new date; steps sent are not sent again)
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        patch: operations["moveReportDueDate"];
        trace?: never;
    };
    "/reports/{id}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a report (the fields its type requires)
         * @description Allowed roles: project-leader. Not open to municipal systems (Maskinporten).
         */
        post: operations["submitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a project plan or final evaluation awaiting signatures, for the role given (the caller must hold it in the report’s municipality); the third signature submits it
         * @description Allowed roles: management, union-representative, elected-official. Not open to municipal systems (Maskinporten).
         */
        post: operations["signReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a submitted report or return it with a comment
         * @description Allowed roles: advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["reviewReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{cohortId}/report-reminders/catch-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the reminders of the cohort’s held reports (past due when scheduled): one truthful letter each at most, with a summary
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["catchUpReportReminders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A local project: its member municipalities, sub-projects (with their status per report) and goals (with values and status)
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/municipalities/{number}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The local projects a municipality is a member of (a joint project is listed for each of its members)
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["listMunicipalityProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/sub-projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a sub-project: a name, a focus area, a leader, maybe the member municipality it belongs to (422 naming /municipalityNumber when not a member)
         * @description Allowed roles: project-leader, management, secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["addSubProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/sub-projects/{subProjectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A sub-project with its status in each report
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["getSubProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a measurable goal: a unit, a direction, a baseline and a target on its better side, later (422 naming /direction, /target/value or /target/date)
         * @description Allowed roles: project-leader, management, secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["addGoal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/goals/{goalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A goal with every value reported and its status by the trajectory rule
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["getGoal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/goals/{goalId}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a value of a goal (on its own, or naming its report); the goal’s status follows its latest value
         * @description Allowed roles: project-leader, management, secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["reportGoalValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budget/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year’s budget per line in øre, with what is granted, paid and left (the shipped default until it is set)
         * @description Allowed roles: secretariat, advisor, evaluator. Not open to municipal systems (Maskinporten).
         */
        get: operations["getBudget"];
        /**
         * Set a year’s budget per line, in øre (a line below what is granted from it already: 409)
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        put: operations["putBudget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cohort’s grants by municipality (a municipality sees its own, an advisor those it advises)
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["listGrants"];
        put?: never;
        /**
         * Apply for a grant: a purpose and an amount in whole øre (a municipality for itself; the secretariat names the municipality)
         * @description Allowed roles: project-leader, secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["applyForGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grants/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a grant: granted ≤ requested (0 declines), never more than the line has left (409 budget-line-exceeded with the remainder)
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["decideGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grants/{id}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a payment of a grant (what is left of it when no amount is given; payments never exceed what was granted)
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["recordGrantPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grants/{id}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Account for the use of a grant paid: what was spent and how (and the report it belongs to)
         * @description Allowed roles: project-leader. Not open to municipal systems (Maskinporten).
         */
        post: operations["accountForGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One grant with its decision, payments and account (a municipality: its own)
         * @description Allowed roles: project-leader, management, union-representative, elected-official, observer, advisor, secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["getGrant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/overview/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year’s budget: granted, paid and remaining per line, granted, paid and unpaid per cohort (øre)
         * @description Allowed roles: secretariat, advisor, evaluator. Not open to municipal systems (Maskinporten).
         */
        get: operations["getBudgetOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My calendar feeds, oldest first (without their URLs: rotate a feed to get a new one)
         * @description Allowed roles: secretariat, advisor, evaluator, project-leader, management, union-representative, elected-official, observer. Not open to municipal systems (Maskinporten).
         */
        get: operations["listCalendarFeeds"];
        put?: never;
        /**
         * Create a calendar feed (iCalendar) of a cohort, a network or a municipality you may read through the API; the answer holds its secret URL, shown only now (only its SHA-256 is kept; with an Idempotency-Key the first answer is replayed for 24 hours)
         * @description Allowed roles: secretariat, advisor, evaluator, project-leader, management, union-representative, elected-official, observer. Not open to municipal systems (Maskinporten).
         */
        post: operations["createCalendarFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar-feeds/{feedId}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give one of my feeds a new secret URL: the old URL answers 404 from now on
         * @description Allowed roles: secretariat, advisor, evaluator, project-leader, management, union-representative, elected-official, observer. Not open to municipal systems (Maskinporten).
         */
        post: operations["rotateCalendarFeedSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar-feeds/{feedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete one of my feeds: its URL answers 404 from now on
         * @description Allowed roles: secretariat, advisor, evaluator, project-leader, management, union-representative, elected-official, observer. Not open to municipal systems (Maskinporten).
         */
        delete: operations["deleteCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/{feed}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calendar feed (no token; the secret in the URL is the key): RFC 5545 text with Europe/Oslo times, stable UIDs, SEQUENCE and cancelled events; only while the feed’s owner is active and may still read its scope (otherwise 404). Cacheable (ETag) */
        get: operations["getCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export applications, participants, absence figures, target statuses, reports or gathering attendance as CSV (UTF-8 with BOM, `;` by default) or XLSX; answered 303 See Other with a presigned download URL. Evaluators: participants and gathering-attendance only (docs/exports.md)
         * @description Allowed roles: secretariat, evaluator. Not open to municipal systems (Maskinporten).
         */
        get: operations["exportData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit entries of a resource, a person (or subject) or a time range (at most 31 days), oldest first
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook registrations: a municipality’s own; the secretariat’s for one municipality (municipalityNumber) or for every municipality
         * @description Allowed roles: project-leader, secretariat. Municipal systems: a Maskinporten token with kvalitetskommune:webhooks.manage on the machine API, for the municipality its consumer (0192:<organisation number>) is.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a webhook endpoint (https, public address) for event types about a municipality; the answer carries its whsec_ signing secret, shown only now
         * @description Allowed roles: project-leader, secretariat. Municipal systems: a Maskinporten token with kvalitetskommune:webhooks.manage on the machine API, for the municipality its consumer (0192:<organisation number>) is.
         */
        post: operations["registerWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One webhook registration (without its secret)
         * @description Allowed roles: project-leader, secretariat. Municipal systems: a Maskinporten token with kvalitetskommune:webhooks.manage on the machine API, for the municipality its consumer (0192:<organisation number>) is.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook registration: nothing more is delivered to it
         * @description Allowed roles: project-leader, secretariat. Municipal systems: a Maskinporten token with kvalitetskommune:webhooks.manage on the machine API, for the municipality its consumer (0192:<organisation number>) is.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/secret-rotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret: deliveries signed from now on use the new one (shown only now)
         * @description Allowed roles: project-leader, secretariat. Municipal systems: a Maskinporten token with kvalitetskommune:webhooks.manage on the machine API, for the municipality its consumer (0192:<organisation number>) is.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook’s deliveries, newest first: requested or failed (dead-lettered), the attempts and the endpoint’s last status
         * @description Allowed roles: project-leader, secretariat. Municipal systems: a Maskinporten token with kvalitetskommune:webhooks.manage on the machine API, for the municipality its consumer (0192:<organisation number>) is.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay a delivery: the same webhook-id and body, a fresh timestamp and signature, with the retries of a new delivery
         * @description Allowed roles: project-leader, secretariat. Municipal systems: a Maskinporten token with kvalitetskommune:webhooks.manage on the machine API, for the municipality its consumer (0192:<organisation number>) is.
         */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/sick-leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open statistics (no token): sick leave per quarter of participants, non-participants, each cohort and county, and the national figure (SSB), only aggregates, small ones suppressed; JSON-stat 2.0 or CSV; cacheable (ETag) */
        get: operations["getSickLeaveStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/site/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For the programme’s website (no token): the published cohorts with their names and years; cacheable (ETag) */
        get: operations["getSiteCohorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/site/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For the programme’s website (no token): the participating municipalities with their cohort and county, by cohortId and countyNumber; cacheable (ETag) */
        get: operations["listSiteParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/site/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For the programme’s website (no token): the networks with their member municipalities and the advisor’s name; cacheable (ETag) */
        get: operations["listSiteNetworks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/site/gatherings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For the programme’s website (no token): the upcoming gatherings (title, kind, cohorts, days, venue, status), no attendees; cacheable (ETag) */
        get: operations["listSiteGatherings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/site/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For the programme’s website (no token): participating municipalities against the goal of more than half, in all and per county; cacheable (ETag) */
        get: operations["getSiteProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Events a function could not process after every retry (up to 10 per function)
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        get: operations["listDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dead-letters/{function}/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a function’s dead letters back to it (after the cause is fixed)
         * @description Allowed roles: secretariat. Not open to municipal systems (Maskinporten).
         */
        post: operations["redriveDeadLetters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OpenAPI 3.1 description of this API */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        SubmitApplicationRequest: {
            /** @description The local project leader: receives every email */
            projectLeader: components["schemas"]["Contact"];
            focusAreas: components["schemas"]["FocusArea"][];
            /** @description How the municipality means to work */
            approach: string;
            /**
             * @description The municipality’s own improvement goals
             * @default []
             */
            goals?: string[];
            sickLeaveTarget: components["schemas"]["SickLeaveTarget"];
            steeringGroup: components["schemas"]["SteeringGroupMember"][];
            politicalDecision: components["schemas"]["PoliticalDecision"];
            cohortId: string;
        };
        Contact: {
            name: string;
            /** Format: email */
            email: string;
            phone?: string;
        };
        /**
         * @description care = pleie og omsorg; childhood-education = oppvekst (barnehage og skole)
         * @enum {string}
         */
        FocusArea: "care" | "childhood-education";
        /** @description The obligatory sick-leave reduction target */
        SickLeaveTarget: {
            /** @description Year whose sick-leave percentage is the starting point */
            baselineYear: number;
            /**
             * @description Sick-leave % in the baseline year (lost / agreed working days × 100)
             * @example 9.8
             */
            baselinePercentage: number;
            /**
             * @description Sick-leave % the municipality commits to reach
             * @example 8
             */
            targetPercentage: number;
            /**
             * Format: date
             * @description When the target is to be reached
             * @example 2007-03-15
             */
            targetDate: string;
        };
        SteeringGroupMember: {
            name: string;
            /**
             * @description elected-official = folkevalgt; management = ledelsen; union-representative = tillitsvalgt
             * @enum {string}
             */
            role: "elected-official" | "management" | "union-representative";
            /** @example Ordfører */
            title: string;
            /**
             * Format: email
             * @description When given, the member becomes a person of the municipality (with this role) once the municipality is admitted
             */
            email?: string;
        };
        /** @description The political decision anchoring the application */
        PoliticalDecision: {
            /** @example Kommunestyret */
            decidedBy: string;
            /**
             * Format: date
             * @example 2007-03-15
             */
            date: string;
            /** @example PS 12/07 */
            caseReference: string;
        };
        UpdateApplicationDraftRequest: {
            /** @description The local project leader: receives every email */
            projectLeader?: components["schemas"]["Contact"];
            focusAreas?: components["schemas"]["FocusArea"][];
            /** @description How the municipality means to work */
            approach?: string;
            /**
             * @description The municipality’s own improvement goals
             * @default []
             */
            goals?: string[];
            sickLeaveTarget?: components["schemas"]["SickLeaveTarget"];
            steeringGroup?: components["schemas"]["SteeringGroupMember"][];
            politicalDecision?: components["schemas"]["PoliticalDecision"];
        };
        ApplicationDraftRequest: {
            /** @description The local project leader: receives every email */
            projectLeader?: components["schemas"]["Contact"];
            focusAreas?: components["schemas"]["FocusArea"][];
            /** @description How the municipality means to work */
            approach?: string;
            /**
             * @description The municipality’s own improvement goals
             * @default []
             */
            goals?: string[];
            sickLeaveTarget?: components["schemas"]["SickLeaveTarget"];
            steeringGroup?: components["schemas"]["SteeringGroupMember"][];
            politicalDecision?: components["schemas"]["PoliticalDecision"];
            cohortId: string;
        };
        DecisionRequest: {
            /** @enum {string} */
            outcome: "admitted" | "rejected";
            /** @description Why; quoted in the letter to the municipality */
            reason: string;
            /**
             * Format: date
             * @description Day of the steering group’s decision (default: today); admission counts from it
             * @example 2007-03-15
             */
            decidedOn?: string;
        };
        AssessmentRequest: {
            /** @description Every mandatory element exactly once: focus-areas, approach, own-goals, sick-leave-target, tripartite-representation, political-decision, own-budget */
            elements: components["schemas"]["ElementAssessment"][];
            /**
             * @description The secretariat’s recommendation to the steering group
             * @enum {string}
             */
            recommendation: "admit" | "reject";
            /** @description Why; quoted in the decision letter when the steering group follows the recommendation without a reason of its own */
            reasoning: string;
        };
        ElementAssessment: {
            element: components["schemas"]["MandatoryElement"];
            met: boolean;
            note?: string;
        };
        /**
         * @description focus-areas = care and/or childhood-education; approach = how the municipality means to work; own-goals = its own improvement goals; sick-leave-target = the obligatory reduction target; tripartite-representation = elected officials, management and union representatives in the local steering; political-decision = anchoring with the elected officials; own-budget = the work within the municipality’s own budget
         * @enum {string}
         */
        MandatoryElement: "focus-areas" | "approach" | "own-goals" | "sick-leave-target" | "tripartite-representation" | "political-decision" | "own-budget";
        SteeringGroupDecisionsRequest: {
            /**
             * Format: date
             * @description The day of the meeting (not in the future): each admission counts from it
             * @example 2007-03-15
             */
            meetingDate: string;
            /** @description Each application of the cohort once; all are recorded, or none (one transaction) */
            decisions: components["schemas"]["SteeringGroupDecisionItem"][];
        };
        SteeringGroupDecisionItem: {
            applicationId: string;
            /** @enum {string} */
            outcome: "admitted" | "rejected";
            /** @description Why; quoted in the letter. Required when the outcome differs from the assessment’s recommendation (or there is no assessment); otherwise the assessment’s reasoning is quoted */
            reason?: string;
        };
        JointApplicationRequest: {
            cohortId: string;
            /** @example Kvalitetskommuneprogrammet i Verdal og Levanger */
            name: string;
            /** @description The joint project’s one project leader: receives every email of every member */
            projectLeader: {
                name: string;
                /** Format: email */
                email: string;
                phone?: string;
                /** @description The member municipality the project leader works for */
                municipalityNumber: components["schemas"]["MunicipalityNumber"];
            };
            /** @description The joint project’s target, assessed against the members’ summed days (GET /joint-projects/{id}/target-status) */
            sickLeaveTarget: components["schemas"]["SickLeaveTarget"];
            members: components["schemas"]["JointApplicationMember"][];
        };
        /**
         * @description Municipality number (kommunenummer); the first two digits are the county
         * @example 1721
         */
        MunicipalityNumber: string;
        /** @description One municipality’s part: its own political decision, steering parties (each municipality’s management, union representatives and elected officials), focus areas, approach, target and goals */
        JointApplicationMember: {
            focusAreas: components["schemas"]["FocusArea"][];
            /** @description How the municipality means to work */
            approach: string;
            /**
             * @description The municipality’s own improvement goals
             * @default []
             */
            goals?: string[];
            sickLeaveTarget: components["schemas"]["SickLeaveTarget"];
            steeringGroup: components["schemas"]["SteeringGroupMember"][];
            politicalDecision: components["schemas"]["PoliticalDecision"];
            municipalityNumber: components["schemas"]["MunicipalityNumber"];
        };
        UpdateMunicipalityRequest: {
            writtenStandard?: components["schemas"]["WrittenStandard"];
            /** Format: email */
            contactEmail?: string;
            /** @description The secretariat only: the municipality’s organisation number (Enhetsregisteret), which Maskinporten tokens name as consumer 0192:<number>; null removes it. Unique: 409 when another municipality has it */
            organisationNumber?: string | null;
        };
        /**
         * @description Official written standard (målform); neutral gets bokmål
         * @enum {string}
         */
        WrittenStandard: "bokmal" | "nynorsk" | "neutral";
        /** @description The municipalities’ official contact addresses (postmottak) */
        ContactAddressImport: {
            rows: components["schemas"]["ContactAddressRow"][];
        };
        ContactAddressRow: {
            municipalityNumber: components["schemas"]["MunicipalityNumber"];
            /**
             * Format: email
             * @example postmottak@verdal.kommune.no
             */
            contactEmail: string;
        };
        InvitePersonRequest: {
            /** @example Kari Nordmann */
            name: string;
            /**
             * Format: email
             * @example kari.nordmann@verdal.kommune.no
             */
            email: string;
            /**
             * @example [
             *       "project-leader"
             *     ]
             */
            roles: components["schemas"]["MunicipalRole"][];
        };
        /**
         * @description project-leader = prosjektleder; figures-uploader = the one who uploads the sick-leave figures (HR); management = rådmann/ledelsen; union-representative = hovedtillitsvalgt; elected-official = ordfører or another elected official; observer = reads the project
         * @enum {string}
         */
        MunicipalRole: "project-leader" | "figures-uploader" | "management" | "union-representative" | "elected-official" | "observer";
        ChangePersonRequest: {
            name?: string;
            roles?: components["schemas"]["MunicipalRole"][];
        };
        InviteStaffRequest: {
            /** @example Ola Veileder */
            name: string;
            /**
             * Format: email
             * @example ola.veileder@ks.no
             */
            email: string;
            /**
             * @example [
             *       "advisor"
             *     ]
             */
            roles: components["schemas"]["StaffRole"][];
        };
        /**
         * @description secretariat = the programme secretariat; advisor = veileder of networks; evaluator = researcher (aggregates only)
         * @enum {string}
         */
        StaffRole: "secretariat" | "advisor" | "evaluator";
        ChangeStaffRequest: {
            name?: string;
            roles?: components["schemas"]["StaffRole"][];
        };
        CreateCohortRequest: {
            /** @example Pulje III */
            name: string;
            applicationWindow: {
                /**
                 * Format: date
                 * @example 2007-03-15
                 */
                opensOn: string;
                /**
                 * Format: date
                 * @example 2007-03-15
                 */
                closesOn: string;
            };
            /**
             * Format: date
             * @description When the local projects start (kickoff)
             * @example 2007-03-15
             */
            startDate: string;
            /** @description Local projects last 2-3 years */
            durationYears: 2 | 3;
        };
        CohortTransitionRequest: {
            /** @enum {string} */
            action: "open" | "close" | "start" | "complete";
        };
        /** @description Reports every municipality admitted from now on owes, by months after the cohort’s start */
        ReportPlanRequest: {
            reports: components["schemas"]["PlannedReport"][];
        };
        PlannedReport: {
            type: components["schemas"]["ReportType"];
            title: string;
            monthsAfterStart: number;
        };
        /**
         * @description project-plan = prosjektplan; status-report = statusrapport; final-evaluation = sluttevaluering
         * @enum {string}
         */
        ReportType: "project-plan" | "status-report" | "final-evaluation";
        FormNetworkRequest: {
            /** @example Nettverk Trøndelag */
            name: string;
            /**
             * Format: uuid
             * @description The advisor (veileder) who follows the network between gatherings: a person of the secretariat with the advisor role (POST /staff)
             */
            advisorId: string;
            /** @default [] */
            members?: components["schemas"]["MunicipalityNumber"][];
        };
        AssignToNetworkRequest: {
            municipalityNumber: components["schemas"]["MunicipalityNumber"];
        };
        GatheringRequest: {
            /**
             * @description kickoff = oppstart; learning-seminar = læringsseminar; project-leaders-gathering = prosjektledersamling; network-gathering = nettverkssamling; quality-conference = kvalitetskonferanse; conference = konferanse (another organiser’s)
             * @enum {string}
             */
            kind: "kickoff" | "learning-seminar" | "project-leaders-gathering" | "network-gathering" | "quality-conference" | "conference";
            /** @example Oppstart pulje III */
            title: string;
            description?: string;
            hosts: components["schemas"]["GatheringHosts"];
            /**
             * @description participants = everyone of a hosting municipality; the others: its people with that role
             * @default participants
             * @enum {string}
             */
            audience?: "participants" | "project-leaders" | "management" | "union-representatives" | "elected-officials";
            /**
             * @default Kvalitetskommunesekretariatet
             * @example Kvalitetskommunesekretariatet
             */
            organiser?: string;
            venue: {
                /** @example Thon Hotel Oslo Airport */
                name: string;
                address?: string;
            };
            when: components["schemas"]["GatheringDays"] | components["schemas"]["GatheringMonth"];
            /** @default [] */
            sessions?: components["schemas"]["GatheringSessionRequest"][];
            /** @description Absent: unlimited */
            capacity?: {
                total?: number;
                perMunicipality?: number;
            };
            /**
             * Format: date
             * @description The last day (Europe/Oslo) to sign up or cancel; absent: until the gathering starts
             * @example 2007-03-15
             */
            registrationDeadline?: string;
        };
        /** @description One or more cohorts, or one network */
        GatheringHosts: {
            /** @description The cohorts whose participants it is for */
            cohortIds: string[];
        } | {
            /** @description The network whose members it is for */
            networkId: string;
        };
        /** @description Fixed days: from the first day (at startTime, where known) to the last (at endTime) */
        GatheringDays: {
            /**
             * Format: date
             * @description The first day
             * @example 2007-08-28
             */
            from: string;
            /**
             * Format: date
             * @description The last day (the same as from for one day)
             * @example 2007-08-29
             */
            to: string;
            /**
             * @description Wall-clock time in Europe/Oslo
             * @example 10:00
             */
            startTime?: string;
            /**
             * @description Wall-clock time in Europe/Oslo
             * @example 10:00
             */
            endTime?: string;
        };
        /** @description Not yet fixed: only the month is known ("Oktober"). Fixing the days later notifies. */
        GatheringMonth: {
            /** @example 2007-10 */
            month: string;
        };
        GatheringSessionRequest: {
            /** @description Keep a session’s id when changing the gathering (its registrations stay with it); absent: a new session */
            id?: string;
            /** @example Første gjennomføring */
            title?: string;
            /**
             * Format: date
             * @example 2007-03-15
             */
            from: string;
            /**
             * Format: date
             * @example 2007-03-15
             */
            to: string;
            /**
             * @description Wall-clock time in Europe/Oslo
             * @example 10:00
             */
            startTime?: string;
            /**
             * @description Wall-clock time in Europe/Oslo
             * @example 10:00
             */
            endTime?: string;
            /** @description Seats in this session; absent: only the gathering’s capacity */
            capacity?: number;
        };
        GatheringCancellationRequest: {
            /** @example For få påmeldte; samlingen slås sammen med læringsseminar 3. */
            reason: string;
        };
        RegistrationRequest: {
            /** @description Required for the secretariat (signing up on a municipality’s behalf); a municipality’s own people may leave it out */
            municipalityNumber?: components["schemas"]["MunicipalityNumber"];
            /** @description Required when the gathering has sessions */
            sessionId?: string;
            attendees: components["schemas"]["AttendeeRequest"][];
        };
        /** @description A person of the municipality, or a name and an address (not for an audience limited to a role) */
        AttendeeRequest: {
            /** @description A person of the municipality (GET /municipalities/{number}/people) */
            personId: string;
        } | {
            /** @example Kari Nordmann */
            name: string;
            /**
             * Format: email
             * @example kari.nordmann@verdal.kommune.no
             */
            email: string;
        };
        /** @description Who attended: attended or absent per registration (the ones not named keep what they had), and walk-ins. Send more in further requests. */
        AttendanceRequest: {
            /** @default [] */
            records?: {
                registrationId: string;
                /** @enum {string} */
                attendance: "attended" | "absent";
            }[];
            /**
             * @description People who came without signing up: recorded as attended
             * @default []
             */
            walkIns?: {
                municipalityNumber: components["schemas"]["MunicipalityNumber"];
                name: string;
                /** Format: email */
                email?: string;
            }[];
        };
        /** @description Or send text/csv with the columns period, sector, unit, lostDays, agreedDays, selfCertifiedLostDays, doctorCertifiedLostDays, headcount */
        AbsenceUploadRequest: {
            rows: components["schemas"]["AbsenceRow"][];
        };
        AbsenceRow: {
            /** @example 2008Q1 */
            period: string;
            /**
             * @description care, kindergarten, school or other; leave out for the whole municipality
             * @enum {string}
             */
            sector?: "care" | "kindergarten" | "school" | "other";
            /** @description A unit (a breakdown, not added to the total); not with sector */
            unit?: string;
            /** @description Lost working days (tapte dagsverk); the sum of the two parts when both are given */
            lostDays?: number;
            /** @description Agreed working days (avtalte dagsverk) */
            agreedDays: number;
            /** @description Of the lost days, self-certified (egenmeldt) */
            selfCertifiedLostDays?: number;
            /** @description Of the lost days, doctor-certified (legemeldt) */
            doctorCertifiedLostDays?: number;
            /** @description How many persons the figure covers; required for a unit and for a month. A figure about fewer persons than the disclosure threshold (5) is shown only to the municipality’s own people (docs/disclosure-control.md) */
            headcount?: number;
        };
        /** @description Or send text/csv with municipalityNumber and the columns of a municipality’s upload */
        BulkAbsenceUploadRequest: {
            rows: components["schemas"]["BulkAbsenceRow"][];
        };
        BulkAbsenceRow: {
            /** @example 2008Q1 */
            period: string;
            /**
             * @description care, kindergarten, school or other; leave out for the whole municipality
             * @enum {string}
             */
            sector?: "care" | "kindergarten" | "school" | "other";
            /** @description A unit (a breakdown, not added to the total); not with sector */
            unit?: string;
            /** @description Lost working days (tapte dagsverk); the sum of the two parts when both are given */
            lostDays?: number;
            /** @description Agreed working days (avtalte dagsverk) */
            agreedDays: number;
            /** @description Of the lost days, self-certified (egenmeldt) */
            selfCertifiedLostDays?: number;
            /** @description Of the lost days, doctor-certified (legemeldt) */
            doctorCertifiedLostDays?: number;
            /** @description How many persons the figure covers; required for a unit and for a month. A figure about fewer persons than the disclosure threshold (5) is shown only to the municipality’s own people (docs/disclosure-control.md) */
            headcount?: number;
            municipalityNumber: components["schemas"]["MunicipalityNumber"];
        };
        CreateAbsenceUploadRequest: {
            /**
             * @description What the file will be: CSV with a header row, or JSON `{ rows }`, as the synchronous route takes
             * @enum {string}
             */
            contentType: "text/csv" | "application/json";
        };
        CheckAbsenceWarningRequest: {
            /** @description What was found (asked the municipality, a reorganisation, ...) */
            note?: string;
        };
        MailPreferencesChange: {
            /** @description Per category of optional mail: `immediate`, `digest` (one mail a day) or `off` */
            preferences: {
                /** @enum {string} */
                reminders?: "immediate" | "digest" | "off";
                /** @enum {string} */
                "target-status"?: "immediate" | "digest" | "off";
                /** @enum {string} */
                gatherings?: "immediate" | "digest" | "off";
                /** @enum {string} */
                networks?: "immediate" | "digest" | "off";
                /** @enum {string} */
                reports?: "immediate" | "digest" | "off";
                /** @enum {string} */
                figures?: "immediate" | "digest" | "off";
            };
        };
        MoveDueDateRequest: {
            /**
             * Format: date
             * @example 2007-03-15
             */
            dueDate: string;
            comment?: string;
        };
        /** @description project-plan: summary; status-report: goalProgress and sickLeaveCommentary; final-evaluation: also lessonsLearnt */
        ReportSubmission: {
            /** @description The local project: sub-projects, organisation, milestones */
            summary: string;
            /** @default [] */
            goalProgress?: {
                goal: string;
                progress: string;
                onTrack?: boolean;
            }[];
            /** @default [] */
            attachments?: {
                title: string;
                /** Format: uri */
                url: string;
            }[];
        } | {
            /** @description Progress on each goal */
            goalProgress: {
                goal: string;
                progress: string;
                onTrack?: boolean;
            }[];
            sickLeaveCommentary: string;
            lessonsLearnt?: string;
            /** @default [] */
            attachments?: {
                title: string;
                /** Format: uri */
                url: string;
            }[];
            /** @description Values of the project’s measurable goals (ids the project does not know are ignored) */
            goalValues?: components["schemas"]["ReportedGoalValue"][];
            /** @description Each sub-project’s short status in this report (ids the project does not know are ignored) */
            subProjectStatuses?: components["schemas"]["ReportedSubProjectStatus"][];
        } | {
            goalProgress: {
                goal: string;
                progress: string;
                onTrack?: boolean;
            }[];
            sickLeaveCommentary: string;
            lessonsLearnt: string;
            /** @default [] */
            attachments?: {
                title: string;
                /** Format: uri */
                url: string;
            }[];
            /** @description Values of the project’s measurable goals (ids the project does not know are ignored) */
            goalValues?: components["schemas"]["ReportedGoalValue"][];
            /** @description Each sub-project’s short status in this report (ids the project does not know are ignored) */
            subProjectStatuses?: components["schemas"]["ReportedSubProjectStatus"][];
        };
        ReportedGoalValue: {
            goalId: string;
            value: number;
            /**
             * Format: date
             * @example 2007-03-15
             */
            measuredOn: string;
        };
        ReportedSubProjectStatus: {
            subProjectId: string;
            /** @enum {string} */
            status: "on-track" | "delayed" | "at-risk" | "completed";
            /** @default  */
            note?: string;
        };
        SignatureRequest: {
            /**
             * @description The party the caller signs for: the caller must hold this role in the report’s municipality
             * @enum {string}
             */
            role: "management" | "union-representative" | "elected-official";
        };
        ReviewRequest: {
            /** @enum {string} */
            outcome: "accepted" | "returned";
            comment: string;
        };
        CatchUpRequest: {
            /**
             * @description Only count and list what a catch-up would send; change nothing
             * @default false
             */
            dryRun?: boolean;
            /**
             * @description At most this many held reports per call (oldest due first); `remaining` says how many are left
             * @default 500
             */
            limit?: number;
        };
        SubProjectRequest: {
            name: string;
            /** @description What it works on (uønsket deltid, sykefravær, medarbeiderskap, oppvekst, …) */
            focusArea: string;
            leader: {
                name: string;
                /** Format: email */
                email: string;
            };
            /** @description The member municipality it belongs to (a joint project’s); must be a member */
            municipalityNumber?: components["schemas"]["MunicipalityNumber"];
        };
        GoalRequest: {
            name: string;
            /** @example % */
            unit: string;
            direction: components["schemas"]["GoalDirection"];
            baseline: {
                value: number;
                /**
                 * Format: date
                 * @example 2007-03-15
                 */
                date: string;
            };
            /** @description On the better side of the baseline (422 naming /target/value otherwise), its date after the baseline’s (/target/date) */
            target: {
                value: number;
                /**
                 * Format: date
                 * @example 2007-03-15
                 */
                date: string;
            };
            subProjectId?: string;
        };
        /**
         * @description lower-is-better (as sick leave) or higher-is-better (as the share of full-time positions)
         * @enum {string}
         */
        GoalDirection: "lower-is-better" | "higher-is-better";
        GoalValueRequest: {
            value: number;
            /**
             * Format: date
             * @example 2007-03-15
             */
            measuredOn: string;
            reportId?: string;
        };
        /** @description Each line’s budget in øre; a line cannot be set below what is granted from it already (409) */
        BudgetRequest: {
            lines: {
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                secretariat: number;
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                "competence-development": number;
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                "stimulus-funds": number;
            };
            /** @description Where the figures come from (a decision, an agreement) */
            source?: string;
        };
        GrantApplication: {
            cohortId: string;
            /** @description The applicant (a participant of the cohort); a municipality’s own caller may leave it out */
            municipalityNumber?: components["schemas"]["MunicipalityNumber"];
            purpose: string;
            /**
             * @description øre (1 NOK = 100 øre), a whole number
             * @example 300000
             */
            amountRequested: number;
            /** @description The budget year granted from; the year (in Norway) of the application when left out */
            year?: number;
            /** @description The line granted from; stimulus-funds when left out */
            line?: components["schemas"]["BudgetLineName"];
        };
        /**
         * @description secretariat = sekretariat (sentralt og lokale veiledere); competence-development = kompetanseutvikling; stimulus-funds = stimuleringsmidler
         * @enum {string}
         */
        BudgetLineName: "secretariat" | "competence-development" | "stimulus-funds";
        GrantDecisionRequest: {
            /**
             * @description øre granted: at most the amount requested; 0 declines
             * @example 300000
             */
            granted: number;
            /** @default  */
            comment?: string;
        };
        GrantPaymentRequest: {
            /**
             * Format: date
             * @example 2007-03-15
             */
            paidOn: string;
            /**
             * @description øre paid; what is granted and not yet paid when left out
             * @example 300000
             */
            amount?: number;
        };
        GrantAccountRequest: {
            /** @description The report that accounts for the grant, if any */
            reportId?: string;
            /**
             * @description øre (1 NOK = 100 øre), a whole number
             * @example 300000
             */
            spentAmount: number;
            description: string;
        };
        CalendarFeedRequest: {
            /**
             * @description cohort = a cohort’s gatherings; network = a network’s own gatherings and its cohort’s; municipality = the gatherings of its cohorts and networks, and its report due dates
             * @enum {string}
             */
            scope: "cohort" | "network" | "municipality";
            /**
             * @description The cohort’s or network’s id, or the municipality’s number
             * @example 1721
             */
            id: string;
        };
        /**
         * @description applications = søknader; participants = deltakere; absence-figures = sykefraværstall; target-statuses = målstatus; reports = rapporter; gathering-attendance = samlinger med forventede deltakere
         * @enum {string}
         */
        ExportKind: "applications" | "participants" | "absence-figures" | "target-statuses" | "reports" | "gathering-attendance";
        RegisterWebhookRequest: {
            /**
             * @description The endpoint: https:// on a public address (a private, loopback or link-local one, by name or by what it resolves to, is 422)
             * @example https://hr.verdal.kommune.no/hooks/kvalitetskommune
             */
            url: string;
            eventTypes: ("application.decided" | "report.due" | "report.overdue" | "target-status.changed" | "gathering.scheduled" | "gathering.changed" | "gathering.cancelled")[];
            /** @description Whose events: a municipality’s caller may name only itself (the default); the secretariat names one municipality, or leaves it out for every municipality (its own systems) */
            municipalityNumber?: components["schemas"]["MunicipalityNumber"];
            description?: string;
        };
        /** @description Drafts may lack parts; a submitted application has them all */
        Application: {
            /** @description The local project leader: receives every email */
            projectLeader?: components["schemas"]["ContactOutput"];
            focusAreas?: components["schemas"]["FocusArea"][];
            /** @description How the municipality means to work */
            approach?: string;
            /**
             * @description The municipality’s own improvement goals
             * @default []
             */
            goals?: string[];
            sickLeaveTarget?: components["schemas"]["SickLeaveTargetOutput"];
            steeringGroup?: components["schemas"]["SteeringGroupMemberOutput"][];
            politicalDecision?: components["schemas"]["PoliticalDecisionOutput"];
            id: string;
            cohortId: string;
            municipalityNumber: components["schemas"]["MunicipalityNumber"];
            municipalityName: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "withdrawn" | "admitted" | "rejected";
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            submittedAt?: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            withdrawnAt?: string;
            decision?: components["schemas"]["Decision"];
            /** @description Set when the application is one member’s part of a joint application (POST /joint-applications): the joint application’s id and name */
            jointProject?: {
                id: string;
                name: string;
            };
            /** @description The secretariat’s latest assessment against the mandatory elements, with its recommendation (PUT /applications/{id}/assessment) */
            assessment?: components["schemas"]["Assessment"];
        };
        Decision: {
            /** @enum {string} */
            outcome: "admitted" | "rejected";
            /** @description Why; quoted in the letter to the municipality */
            reason: string;
            /**
             * Format: date
             * @example 2007-03-15
             */
            decidedOn: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            decidedAt: string;
            decidedBy: string;
        };
        Assessment: {
            /** @description Every mandatory element exactly once: focus-areas, approach, own-goals, sick-leave-target, tripartite-representation, political-decision, own-budget */
            elements: components["schemas"]["ElementAssessmentOutput"][];
            /**
             * @description The secretariat’s recommendation to the steering group
             * @enum {string}
             */
            recommendation: "admit" | "reject";
            /** @description Why; quoted in the decision letter when the steering group follows the recommendation without a reason of its own */
            reasoning: string;
            assessedBy: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            assessedAt: string;
            /** @description 1 for the first assessment; each new assessment of the same application counts up */
            version: number;
        };
        /** @description RFC 9457 problem details (media type application/problem+json) */
        Problem: {
            /**
             * @description A URI reference naming the kind of problem
             * @example /problems/validation-failed
             */
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            correlationId?: string;
            errors?: components["schemas"]["FieldError"][];
            /** @description An extension member of /problems/budget-line-exceeded (409): what is left of the budget line */
            remainder?: {
                year: number;
                line: string;
                /** @description What is left of the line, in øre */
                ore: number;
                /**
                 * @description The same for people, in kroner
                 * @example 10,00 kr
                 */
                nok: string;
                /** @description The øre the refused decision would have granted */
                requestedOre: number;
            };
        };
        FieldError: {
            /** @example /sickLeaveTarget/targetPercentage */
            pointer: string;
            detail: string;
            /** @description For uploads: the data row (1 = the first row after a CSV header) */
            row?: number;
            /** @description For uploads: the column */
            column?: string;
        };
        /** @description An answer of API Gateway itself, not of the API’s functions: no problem details, no correlation id */
        GatewayMessage: {
            /** @example Unauthorized */
            message: string;
        };
        ApplicationList: {
            applications: components["schemas"]["ApplicationSummary"][];
            countsByStatus: {
                [key: string]: number;
            };
            /** @description Present when there is another page */
            nextCursor?: string;
        };
        ApplicationSummary: {
            id: string;
            cohortId: string;
            municipalityNumber: components["schemas"]["MunicipalityNumber"];
            municipalityName: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "withdrawn" | "admitted" | "rejected";
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            updatedAt: string;
        };
        /** @description A meeting of the steering group and the decisions it took, recorded at once */
        SteeringGroupMeeting: {
            id: string;
            cohortId: string;
            cohortName: string;
            /**
             * Format: date
             * @example 2007-03-15
             */
            meetingDate: string;
            decisions: components["schemas"]["SteeringGroupDecision"][];
            admitted: number;
            rejected: number;
            recordedBy: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            recordedAt: string;
        };
        SteeringGroupDecision: {
            applicationId: string;
            municipalityNumber: components["schemas"]["MunicipalityNumber"];
            municipalityName: string;
            /** @enum {string} */
            outcome: "admitted" | "rejected";
            reason: string;
            /**
             * @description The assessment’s recommendation the steering group had before it (absent: not assessed)
             * @enum {string}
             */
            recommendation?: "admit" | "reject";
        };
        SteeringGroupMeetingList: {
            /** @description Oldest meeting first */
            meetings: components["schemas"]["SteeringGroupMeeting"][];
        };
        JointApplication: {
            id: string;
            cohortId: string;
            name: string;
            projectLeader: {
                name: string;
                /** Format: email */
                email: string;
                phone?: string;
                municipalityNumber: components["schemas"]["MunicipalityNumber"];
            };
            sickLeaveTarget: components["schemas"]["SickLeaveTargetOutput"];
            members: {
                municipalityNumber: components["schemas"]["MunicipalityNumber"];
                municipalityName: string;
                /** @description The member’s own application: decided, withdrawn or rejected on its own */
                applicationId: string;
                /**
                 * @description The member application’s status, as it is now
                 * @enum {string}
                 */
                status: "draft" | "submitted" | "withdrawn" | "admitted" | "rejected";
            }[];
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            submittedAt: string;
            submittedBy: string;
        };
        MunicipalityList: {
            municipalities: components["schemas"]["Municipality"][];
            /** @constant */
            source: "Kilde: Statistisk sentralbyrå";
            /** @description Present when there is another page */
            nextCursor?: string;
        };
        Municipality: {
            number: components["schemas"]["MunicipalityNumber"];
            name: string;
            countyNumber: string;
            countyName: string;
            /**
             * Format: date
             * @example 2007-03-15
             */
            validFrom: string;
            /**
             * Format: date
             * @description First day the number was no longer valid (exclusive)
             * @example 2007-03-15
             */
            validTo?: string;
            /** @description Where known from public data or set by the secretariat; a Maskinporten token whose consumer is 0192:<this number> acts for this municipality */
            organisationNumber?: string;
            writtenStandard: components["schemas"]["WrittenStandard"];
            /**
             * Format: email
             * @description The municipality’s post address (postmottak) for invitations
             */
            contactEmail?: string;
        };
        MunicipalityDetails: {
            number: components["schemas"]["MunicipalityNumber"];
            name: string;
            countyNumber: string;
            countyName: string;
            /**
             * Format: date
             * @example 2007-03-15
             */
            validFrom: string;
            /**
             * Format: date
             * @description First day the number was no longer valid (exclusive)
             * @example 2007-03-15
             */
            validTo?: string;
            /** @description Where known from public data or set by the secretariat; a Maskinporten token whose consumer is 0192:<this number> acts for this municipality */
            organisationNumber?: string;
            writtenStandard: components["schemas"]["WrittenStandard"];
            /**
             * Format: email
             * @description The municipality’s post address (postmottak) for invitations
             */
            contactEmail?: string;
            participation: components["schemas"]["Participation"][];
        };
        Participation: {
            cohortId: string;
            cohortName: string;
            applicationId: string;
            /**
             * Format: date
             * @example 2007-03-15
             */
            admittedOn: string;
            networkId?: string;
            networkName?: string;
        };
        ContactAddressImportReceipt: {
            /** @description How many municipalities’ contact addresses were set */
            updated: number;
        };
        PersonList: {
            people: components["schemas"]["Person"][];
        };
        Person: {
            id: string;
            name: string;
            email: string;
            /** @description `secretariat`, or the municipality’s number */
            organisation: string;
            roles: components["schemas"]["PersonRole"][];
            /**
             * @description invited until the login exists; active; deactivated (its tokens are refused at once)
             * @enum {string}
             */
            status: "invited" | "active" | "deactivated";
            /** @description The login’s subject (Cognito sub), once it exists */
            subject?: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            invitedAt: string;
            invitedBy: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            changedAt?: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            deactivatedAt?: string;
            deactivatedBy?: string;
        };
        /** @enum {string} */
        PersonRole: "secretariat" | "advisor" | "evaluator" | "project-leader" | "figures-uploader" | "management" | "union-representative" | "elected-official" | "observer";
        Cohort: {
            id: string;
            name: string;
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "started" | "completed";
            applicationWindow: {
                /**
                 * Format: date
                 * @example 2007-03-15
                 */
                opensOn: string;
                /**
                 * Format: date
                 * @example 2007-03-15
                 */
                closesOn: string;
            };
            /**
             * Format: date
             * @example 2007-03-15
             */
            startDate: string;
            durationYears: number;
            /**
             * Format: date
             * @description Exclusive end: startDate + durationYears
             * @example 2007-03-15
             */
            endDate: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            statusChangedAt: string;
            /** @description Reports each participant owes (default: project plan after 2 months, status every 6, final evaluation at the end) */
            reportPlan?: components["schemas"]["PlannedReportOutput"][];
        };
        CohortList: {
            cohorts: components["schemas"]["Cohort"][];
        };
        Network: {
            id: string;
            cohortId: string;
            name: string;
            advisor: components["schemas"]["NetworkAdvisor"];
            members: components["schemas"]["NetworkMember"][];
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            formedAt: string;
        };
        NetworkAdvisor: {
            name: string;
            /** Format: email */
            email: string;
            phone?: string;
            /** Format: uuid */
            personId: string;
        };
        NetworkMember: {
            municipalityNumber: components["schemas"]["MunicipalityNumber"];
            municipalityName: string;
        };
        NetworkList: {
            networks: components["schemas"]["Network"][];
        };
        Gathering: {
            id: string;
            /** @enum {string} */
            kind: "kickoff" | "learning-seminar" | "project-leaders-gathering" | "network-gathering" | "quality-conference" | "conference";
            title: string;
            description?: string;
            hosts: components["schemas"]["GatheringHosts"];
            /** @enum {string} */
            audience: "participants" | "project-leaders" | "management" | "union-representatives" | "elected-officials";
            organiser: string;
            venue: {
                name: string;
                address?: string;
            };
            when: components["schemas"]["GatheringDays"] | components["schemas"]["GatheringMonth"];
            sessions: components["schemas"]["GatheringSession"][];
            capacity?: {
                total?: number;
                perMunicipality?: number;
            };
            /**
             * Format: date
             * @example 2007-03-15
             */
            registrationDeadline?: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            /** @description Grows with every change (the calendar feeds’ SEQUENCE) */
            sequence: number;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            updatedAt: string;
        };
        GatheringSession: {
            id: string;
            /** @example Første gjennomføring */
            title?: string;
            /**
             * Format: date
             * @example 2007-03-15
             */
            from: string;
            /**
             * Format: date
             * @example 2007-03-15
             */
            to: string;
            /**
             * @description Wall-clock time in Europe/Oslo
             * @example 10:00
             */
            startTime?: string;
            /**
             * @description Wall-clock time in Europe/Oslo
             * @example 10:00
             */
            endTime?: string;
            /** @description Seats in this session; absent: only the gathering’s capacity */
            capacity?: number;
        };
        GatheringList: {
            gatherings: components["schemas"]["Gathering"][];
        };
        GatheringRegistrations: {
            registrations: components["schemas"]["GatheringRegistration"][];
        };
        GatheringRegistration: {
            id: string;
            gatheringId: string;
            municipalityNumber: components["schemas"]["MunicipalityNumber"];
            sessionId?: string;
            attendee: {
                personId?: string;
                name: string;
                email: string;
            };
            /**
             * @description registered = on a seat; waitlisted = on the waiting list (see position); cancelled
             * @enum {string}
             */
            status: "registered" | "waitlisted" | "cancelled";
            /** @description The place on the waiting list (1 first, never reused) */
            position?: number;
            /** @enum {string} */
            attendance?: "attended" | "absent";
            walkIn?: boolean;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            registeredAt: string;
            registeredBy: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            movedUpAt?: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            cancelledAt?: string;
            cancelledBy?: string;
        };
        /** @description The registrations the caller may see (a municipality: its own), and the seats taken in all */
        GatheringRegistrationList: {
            gatheringId: string;
            seats: {
                taken: number;
                total?: number;
                bySession: {
                    [key: string]: number;
                };
            };
            registrations: components["schemas"]["GatheringRegistration"][];
        };
        GatheringAttendance: {
            gatheringId: string;
            attendedBy: components["schemas"]["MunicipalityNumber"][];
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            recordedAt: string;
            registrations: components["schemas"]["GatheringRegistration"][];
        };
        /** @description Per participant, the gatherings it was expected at and those no attendee of it attended */
        MissedGatherings: {
            participants: {
                municipalityNumber: components["schemas"]["MunicipalityNumber"];
                municipalityName: string;
                /** @description Ended gatherings with recorded attendance whose audience it was in */
                expected: number;
                missed: {
                    gatheringId: string;
                    title: string;
                    kind: string;
                    /**
                     * Format: date
                     * @example 2007-03-15
                     */
                    firstDay: string;
                    /**
                     * Format: date
                     * @example 2007-03-15
                     */
                    lastDay: string;
                }[];
            }[];
        };
        Overview: {
            /**
             * Format: date
             * @example 2007-03-15
             */
            date: string;
            /** @description More than half of the municipalities existing on the date take part */
            programmeGoal: {
                /**
                 * Format: date
                 * @description The day counted (the same as `date`)
                 * @example 2007-03-15
                 */
                date: string;
                municipalities: number;
                participants: number;
                share: number;
                goalMet: boolean;
                missing: number;
            };
            byCohort: {
                cohortId: string;
                name: string;
                status: string;
                admitted: number;
                applicationsByStatus: {
                    [key: string]: number;
                };
            }[];
            byCounty: {
                countyNumber: string;
                countyName: string;
                municipalities: number;
                participants: number;
                share: number;
            }[];
            byNetwork: {
                networkId: string;
                cohortId: string;
                name: string;
                advisor: string;
                members: number;
            }[];
            /** @constant */
            source: "Kilde: Statistisk sentralbyrå";
        };
        /** @description Participants (admitted by the quarter’s end) against the other municipalities, from summed days */
        AbsenceComparison: {
            from: string;
            to: string;
            quarters: {
                quarter: string;
                participants: {
                    municipalities: number;
                    /** @description True when the group is about fewer persons than the disclosure threshold (its largest part), or would give such a group away by subtraction: no days, no percentage (docs/disclosure-control.md) */
                    suppressed: boolean;
                    lostDays?: number;
                    agreedDays?: number;
                    percentage: number | null;
                };
                nonParticipants: {
                    municipalities: number;
                    /** @description True when the group is about fewer persons than the disclosure threshold (its largest part), or would give such a group away by subtraction: no days, no percentage (docs/disclosure-control.md) */
                    suppressed: boolean;
                    lostDays?: number;
                    agreedDays?: number;
                    percentage: number | null;
                };
                /** @description Statistics Norway’s published figure for all employees, to its published decimal; null outside the series (2000Q2-2011Q3) */
                national: {
                    percentage: number;
                    selfCertifiedPercentage: number;
                    doctorCertifiedPercentage: number;
                    /** @description Kilde: Statistisk sentralbyrå (NLOD) */
                    source: string;
                } | null;
                /** @description Participants minus others, in percentage points */
                difference: number | null;
                byCohort: {
                    municipalities: number;
                    /** @description True when the group is about fewer persons than the disclosure threshold (its largest part), or would give such a group away by subtraction: no days, no percentage (docs/disclosure-control.md) */
                    suppressed: boolean;
                    lostDays?: number;
                    agreedDays?: number;
                    percentage: number | null;
                    id: string;
                    name: string;
                }[];
                byNetwork: {
                    municipalities: number;
                    /** @description True when the group is about fewer persons than the disclosure threshold (its largest part), or would give such a group away by subtraction: no days, no percentage (docs/disclosure-control.md) */
                    suppressed: boolean;
                    lostDays?: number;
                    agreedDays?: number;
                    percentage: number | null;
                    id: string;
                    name: string;
                }[];
            }[];
        };
        UploadReceipt: {
            uploadId: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            receivedAt: string;
            rows: number;
            municipalities: number;
            quarters: string[];
            /** @description True when the same content was already received in the last 24 hours (nothing new written) */
            duplicate: boolean;
            /** @description Plausibility warnings by row and column (the figures are stored all the same), at most 200; a repeat answers the first upload's */
            warnings: components["schemas"]["AbsenceWarning"][];
            /** @description How many warnings the upload has (more than listed when over the receipt’s limit) */
            warningCount: number;
        };
        /** @description A figure that is valid but unlikely: a warning, not a refusal (the upload counts) */
        AbsenceWarning: {
            /** @description Stable: the upload, municipality, row and rule */
            id: string;
            uploadId: string;
            /**
             * @description Which plausibility rule (docs/figure-checks.md)
             * @enum {string}
             */
            rule: "percentage-over-limit" | "year-over-year-change" | "agreed-days-per-person" | "sectors-differ-from-total" | "quarter-gap";
            municipalityNumber: components["schemas"]["MunicipalityNumber"];
            period: string;
            scope: string;
            /** @description The data row of the upload (1 = the first row after a CSV header) */
            row: number;
            column: string;
            /** @description JSON pointer into the upload: /rows/<row - 1>/<column> */
            pointer: string;
            /** @description What is unlikely, with the numbers (in the secretariat’s list, without them for a figure about fewer persons than the disclosure threshold) */
            detail: string;
            /** @description Persons the row’s figure covers, when given */
            headcount?: number;
            /** @enum {string} */
            status: "open" | "checked";
        };
        AbsenceUpload: {
            uploadId: string;
            /**
             * @description received → validating → committed | rejected
             * @enum {string}
             */
            status: "received" | "validating" | "committed" | "rejected";
            /** @enum {string} */
            scope: "municipality" | "bulk";
            /** @description A municipality’s own upload: whose */
            municipalityNumber?: components["schemas"]["MunicipalityNumber"];
            /** @enum {string} */
            contentType: "text/csv" | "application/json";
            /**
             * @description The file came through the presigned PUT, or was a request body too large to accept at once
             * @enum {string}
             */
            source: "presigned-put" | "request";
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            updatedAt: string;
            history: {
                /** @enum {string} */
                status: "received" | "validating" | "committed" | "rejected";
                /**
                 * Format: date-time
                 * @example 2007-03-15T09:30:00.000Z
                 */
                at: string;
            }[];
            /** @description When committed: what the synchronous route would have answered */
            receipt?: components["schemas"]["UploadReceipt"];
            /** @description When rejected: the problem the synchronous route would have answered (errors by row and column); nothing was stored */
            problem?: components["schemas"]["Problem"];
        };
        AbsenceSeries: {
            municipalityNumber: components["schemas"]["MunicipalityNumber"];
            figures: components["schemas"]["AbsenceFigure"][];
            quarterly: components["schemas"]["QuarterFigure"][];
            targetStatus: components["schemas"]["TargetStatus"] | null;
        };
        AbsenceFigure: {
            period: string;
            /** @description total, sector:<sector> or unit:<name> */
            scope: string;
            /** @description True when the figure is about fewer persons than the disclosure threshold, or suppressed so that such a figure cannot be derived by subtraction; then only the identifying fields are given (docs/disclosure-control.md) */
            suppressed: boolean;
            /**
             * @description Only to the municipality’s own people: how readers outside it see this figure (small: fewer persons than the threshold; complementary: hidden so a small one cannot be derived)
             * @enum {string}
             */
            suppressedForOthers?: "small" | "complementary";
            lostDays?: number;
            agreedDays?: number;
            percentage?: number;
            selfCertifiedLostDays?: number;
            doctorCertifiedLostDays?: number;
            /** @description How many persons the figure covers, when given */
            headcount?: number;
            uploadId?: string;
            /** @description How many uploads gave this figure; the latest counts */
            revisions?: number;
            /** @description Earlier revisions, oldest first */
            history?: {
                uploadId: string;
                lostDays: number;
                agreedDays: number;
                headcount?: number;
            }[];
        };
        QuarterFigure: {
            quarter: string;
            /** @description True when the quarter’s total is suppressed for this reader (docs/disclosure-control.md); then only the quarter is given */
            suppressed: boolean;
            /**
             * @description Only to the municipality’s own people: how readers outside it see this quarter
             * @enum {string}
             */
            suppressedForOthers?: "small" | "complementary";
            lostDays?: number;
            agreedDays?: number;
            percentage?: number;
            /** @description Persons covered, when known (for months: the largest month) */
            headcount?: number;
            /** @description Self-certified (egenmeldt) part, when every part gave it */
            selfCertifiedPercentage?: number;
            /** @description Doctor-certified (legemeldt) part, when every part gave it */
            doctorCertifiedPercentage?: number;
            /** @description % over the four quarters ending here (summed days) */
            rollingFourQuarters?: number;
            /** @description % in the same quarter a year earlier */
            sameQuarterLastYear?: number;
            /** @description Percentage points against the same quarter a year earlier (NAV’s trend) */
            yearOverYearChange?: number;
        };
        TargetStatus: {
            /** @enum {string} */
            status: "no-data" | "on-track" | "at-risk" | "off-track" | "achieved";
            baselinePercentage: number;
            targetPercentage: number;
            /**
             * Format: date
             * @example 2007-03-15
             */
            targetDate: string;
            latest?: {
                /** @description The latest quarter with figures */
                quarter: string;
                /**
                 * @description rolling-four-quarters, or the quarters of the last four with figures against the same quarters of the baseline year (summed days)
                 * @enum {string}
                 */
                basis: "rolling-four-quarters" | "same-quarters-of-baseline-year";
                /** @description The quarters the figure rests on */
                quarters: string[];
                /** @description Left out when suppressed */
                percentage?: number;
                /** @description Summed over the quarters; left out when suppressed */
                lostDays?: number;
                /** @description Summed over the quarters; left out when suppressed */
                agreedDays?: number;
                /** @description The largest headcount among the quarters, when each gave one */
                headcount?: number;
                /** @description True when the figure is about fewer persons than the disclosure threshold and the reader is not the municipality’s own (docs/disclosure-control.md) */
                suppressed?: boolean;
            };
            expectedPercentage?: number;
            explanation: string;
            municipalityNumber: components["schemas"]["MunicipalityNumber"];
            municipalityName: string;
            cohortId: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            assessedAt: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            statusSince: string;
        };
        AbsenceUploadTicket: {
            upload: components["schemas"]["AbsenceUpload"];
            put: {
                /** @description Presigned S3 URL: PUT the file here, with the content-type header below */
                url: string;
                /** @constant */
                method: "PUT";
                headers: {
                    [key: string]: string;
                };
                /**
                 * Format: date-time
                 * @example 2007-03-15T09:30:00.000Z
                 */
                expiresAt: string;
                /** @description Larger files are rejected */
                maxBytes: number;
            };
        };
        /** @description By municipality number, then upload (oldest first), then row */
        AbsenceWarningList: {
            warnings: components["schemas"]["StoredAbsenceWarning"][];
            /** @description Present when there is another page */
            nextCursor?: string;
        };
        StoredAbsenceWarning: {
            /** @description Stable: the upload, municipality, row and rule */
            id: string;
            uploadId: string;
            /**
             * @description Which plausibility rule (docs/figure-checks.md)
             * @enum {string}
             */
            rule: "percentage-over-limit" | "year-over-year-change" | "agreed-days-per-person" | "sectors-differ-from-total" | "quarter-gap";
            municipalityNumber: components["schemas"]["MunicipalityNumber"];
            period: string;
            scope: string;
            /** @description The data row of the upload (1 = the first row after a CSV header) */
            row: number;
            column: string;
            /** @description JSON pointer into the upload: /rows/<row - 1>/<column> */
            pointer: string;
            /** @description What is unlikely, with the numbers (in the secretariat’s list, without them for a figure about fewer persons than the disclosure threshold) */
            detail: string;
            /** @description Persons the row’s figure covers, when given */
            headcount?: number;
            /** @enum {string} */
            status: "open" | "checked";
            /**
             * Format: date-time
             * @description When the upload was received
             * @example 2007-03-15T09:30:00.000Z
             */
            receivedAt: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            checkedAt?: string;
            /** @description Who marked it checked */
            checkedBy?: string;
            note?: string;
        };
        TargetStatusOverview: {
            counts: {
                [key: string]: number;
            };
            statuses: components["schemas"]["TargetStatus"][];
        };
        JointTargetStatus: {
            jointProjectId: string;
            name: string;
            /** @description The joint target against the admitted members’ summed days, by the same rule as one participant’s */
            assessment: {
                /** @enum {string} */
                status: "no-data" | "on-track" | "at-risk" | "off-track" | "achieved";
                baselinePercentage: number;
                targetPercentage: number;
                /**
                 * Format: date
                 * @example 2007-03-15
                 */
                targetDate: string;
                latest?: {
                    /** @description The latest quarter with figures */
                    quarter: string;
                    /**
                     * @description rolling-four-quarters, or the quarters of the last four with figures against the same quarters of the baseline year (summed days)
                     * @enum {string}
                     */
                    basis: "rolling-four-quarters" | "same-quarters-of-baseline-year";
                    /** @description The quarters the figure rests on */
                    quarters: string[];
                    /** @description Left out when suppressed */
                    percentage?: number;
                    /** @description Summed over the quarters; left out when suppressed */
                    lostDays?: number;
                    /** @description Summed over the quarters; left out when suppressed */
                    agreedDays?: number;
                    /** @description The largest headcount among the quarters, when each gave one */
                    headcount?: number;
                    /** @description True when the figure is about fewer persons than the disclosure threshold and the reader is not the municipality’s own (docs/disclosure-control.md) */
                    suppressed?: boolean;
                };
                expectedPercentage?: number;
                explanation: string;
                /** @description Quarters for which every admitted member has figures: their lost and agreed days are summed */
                quartersSummed: string[];
            };
            members: {
                municipalityNumber: components["schemas"]["MunicipalityNumber"];
                municipalityName: string;
                /** @description The member’s own application: admitted members count; rejected or withdrawn ones are listed, not summed */
                applicationStatus: string;
                /** @description The member’s own status against its own target (null until it is assessed, or when it is not admitted) */
                targetStatus: components["schemas"]["TargetAssessment"] | null;
            }[];
        };
        TargetAssessment: {
            /** @enum {string} */
            status: "no-data" | "on-track" | "at-risk" | "off-track" | "achieved";
            baselinePercentage: number;
            targetPercentage: number;
            /**
             * Format: date
             * @example 2007-03-15
             */
            targetDate: string;
            latest?: {
                /** @description The latest quarter with figures */
                quarter: string;
                /**
                 * @description rolling-four-quarters, or the quarters of the last four with figures against the same quarters of the baseline year (summed days)
                 * @enum {string}
                 */
                basis: "rolling-four-quarters" | "same-quarters-of-baseline-year";
                /** @description The quarters the figure rests on */
                quarters: string[];
                /** @description Left out when suppressed */
                percentage?: number;
                /** @description Summed over the quarters; left out when suppressed */
                lostDays?: number;
                /** @description Summed over the quarters; left out when suppressed */
                agreedDays?: number;
                /** @description The largest headcount among the quarters, when each gave one */
                headcount?: number;
                /** @description True when the figure is about fewer persons than the disclosure threshold and the reader is not the municipality’s own (docs/disclosure-control.md) */
                suppressed?: boolean;
            };
            expectedPercentage?: number;
            explanation: string;
        };
        NotificationList: {
            notifications: components["schemas"]["Notification"][];
            /** @description Present when there is another page */
            nextCursor?: string;
        };
        Notification: {
            id: string;
            /** @example application-receipt */
            template: string;
            /** @enum {string} */
            language: "nb" | "nn";
            recipient: {
                name?: string;
                address: string;
            };
            subject: string;
            text: string;
            /** @enum {string} */
            status: "queued" | "sent" | "failed" | "awaiting-confirmation" | "bounced" | "complained" | "suppressed" | "coalesced" | "digest-held" | "digested" | "unsubscribed";
            attempts: number;
            lastError?: string;
            messageId?: string;
            correlationId?: string;
            cause: {
                eventId: string;
                eventType: string;
            };
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            sentAt?: string;
            /** @description Why a coalesced notification was not sent, or why one was held for the digest */
            heldBack?: string;
            /** @description The daily digest a `digested` notification was sent in */
            digestId?: string;
            /** @description What SES reported back about a sent email (bounce type, diagnostic), or why it was suppressed */
            feedback?: {
                /** @enum {string} */
                kind: "bounce" | "complaint";
                type?: string;
                /**
                 * Format: date-time
                 * @example 2007-03-15T09:30:00.000Z
                 */
                at: string;
                detail?: string;
            };
        };
        MailPreferences: {
            /** @description The address the preferences are kept for (the person’s own, lower case) */
            address: string;
            preferences: {
                /** @enum {string} */
                reminders: "immediate" | "digest" | "off";
                /** @enum {string} */
                "target-status": "immediate" | "digest" | "off";
                /** @enum {string} */
                gatherings: "immediate" | "digest" | "off";
                /** @enum {string} */
                networks: "immediate" | "digest" | "off";
                /** @enum {string} */
                reports: "immediate" | "digest" | "off";
                /** @enum {string} */
                figures: "immediate" | "digest" | "off";
            };
        };
        /** @description The category is off for the address the link was sent to; mandatory mail is still sent */
        Unsubscribed: {
            /** @constant */
            status: "unsubscribed";
            /** @enum {string} */
            category: "reminders" | "target-status" | "gatherings" | "networks" | "reports" | "figures" | "all";
            /** @constant */
            mandatoryMail: "still-sent";
        };
        EmailConfirmation: {
            /** @example kari.nordmann@verdal.kommune.no */
            address: string;
            /** @constant */
            status: "confirmed";
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            confirmedAt: string;
        };
        ReportList: {
            reports: components["schemas"]["Report"][];
            countsByStatus: {
                [key: string]: number;
            };
            /** @description Present when there is another page */
            nextCursor?: string;
        };
        Report: {
            id: string;
            cohortId: string;
            cohortName: string;
            municipalityNumber: components["schemas"]["MunicipalityNumber"];
            municipalityName: string;
            type: components["schemas"]["ReportType"];
            title: string;
            /**
             * Format: date
             * @example 2007-03-15
             */
            dueDate: string;
            /** @enum {string} */
            status: "upcoming" | "due" | "awaiting-signatures" | "submitted" | "overdue" | "accepted" | "returned";
            /** @description Ladder steps whose letter was sent (never sent twice, even when the due date moves) */
            remindersSent: string[];
            /** @description Ladder steps recorded as skipped: a sweep sends only the latest step that has come, and a step whose day fell before the reminders started is not sent late */
            remindersSkipped: string[];
            /**
             * Format: date
             * @description The first day the ladder applies to: the first sweep after the report was scheduled or its due date moved (unset until known)
             * @example 2007-03-15
             */
            remindersFrom?: string;
            /** @description The report fell due before its reminders started (e.g. an admission recorded with a past decision date): no automatic reminder until the secretariat starts a catch-up */
            remindersHeld: boolean;
            submission?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            submittedAt?: string;
            review?: {
                /** @enum {string} */
                outcome: "accepted" | "returned";
                comment: string;
                by: string;
                /**
                 * Format: date-time
                 * @example 2007-03-15T09:30:00.000Z
                 */
                at: string;
            };
            /** @description Project plan and final evaluation: the signatures of the present submission (management, union representative, elected official) */
            signatures?: components["schemas"]["ReportSignature"][];
            /** @description The roles still to sign; the report counts as submitted when none is missing */
            missingRoles?: ("management" | "union-representative" | "elected-official")[];
            /**
             * Format: date
             * @description The last day the missing signatories were reminded
             * @example 2007-03-15
             */
            signatureRemindedOn?: string;
            history: {
                /**
                 * Format: date-time
                 * @example 2007-03-15T09:30:00.000Z
                 */
                at: string;
                /** @enum {string} */
                status: "upcoming" | "due" | "awaiting-signatures" | "submitted" | "overdue" | "accepted" | "returned";
                by?: string;
                comment?: string;
                /**
                 * Format: date
                 * @example 2007-03-15
                 */
                dueDate?: string;
                /** @description The ladder step whose letter this entry sent */
                reminderSent?: string;
                /** @description Ladder steps this entry recorded as skipped (their day passed, or a later step was sent instead) */
                remindersSkipped?: string[];
                /**
                 * @description The role whose signature this entry recorded
                 * @enum {string}
                 */
                signedAs?: "management" | "union-representative" | "elected-official";
                /** @description The signatures this entry voided: the report was changed after they were given */
                signaturesVoided?: ("management" | "union-representative" | "elected-official")[];
            }[];
        };
        ReportSignature: {
            /** @enum {string} */
            role: "management" | "union-representative" | "elected-official";
            personId: string;
            name: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            signedAt: string;
        };
        CatchUpSummary: {
            cohortId: string;
            /**
             * Format: date
             * @example 2007-03-15
             */
            catchUpOn: string;
            dryRun: boolean;
            /** @description Held reports of the cohort found by this call */
            held: number;
            /** @description Reports whose reminders this call started (or would start, in a dry run) */
            caughtUp: number;
            /** @description Letters queued, one per report at most, to its project leader */
            letters: number;
            /** @description Held reports left for another call (over `limit`, or changed meanwhile) */
            remaining: number;
            reports: {
                reportId: string;
                municipalityNumber: components["schemas"]["MunicipalityNumber"];
                municipalityName: string;
                title: string;
                /**
                 * Format: date
                 * @example 2007-03-15
                 */
                dueDate: string;
                daysPastDue: number;
                /** @description The step whose letter is sent (to the project leader only), or null when no step has come */
                stepId: string | null;
                stepsSkipped: string[];
            }[];
        };
        Project: {
            id: string;
            cohortId: string;
            name: string;
            members: {
                municipalityNumber: components["schemas"]["MunicipalityNumber"];
                municipalityName: string;
            }[];
            subProjects: components["schemas"]["SubProject"][];
            goals: components["schemas"]["Goal"][];
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            createdAt: string;
        };
        SubProject: {
            id: string;
            name: string;
            focusArea: string;
            leader: {
                name: string;
                email: string;
            };
            municipalityNumber?: components["schemas"]["MunicipalityNumber"];
            /** @description Its short status in each report */
            statuses: {
                reportId: string;
                status: components["schemas"]["SubProjectStatus"];
                note: string;
                reportedBy: string;
                /**
                 * Format: date-time
                 * @example 2007-03-15T09:30:00.000Z
                 */
                reportedAt: string;
            }[];
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            addedAt: string;
            addedBy: string;
        };
        /** @enum {string} */
        SubProjectStatus: "on-track" | "delayed" | "at-risk" | "completed";
        Goal: {
            id: string;
            name: string;
            unit: string;
            direction: components["schemas"]["GoalDirection"];
            baseline: {
                value: number;
                /**
                 * Format: date
                 * @example 2007-03-15
                 */
                date: string;
            };
            target: {
                value: number;
                /**
                 * Format: date
                 * @example 2007-03-15
                 */
                date: string;
            };
            subProjectId?: string;
            /** @description Every value reported, by date measured */
            values: components["schemas"]["GoalValue"][];
            status: components["schemas"]["GoalStatus"];
            /** @description Where the straight line from baseline to target stands on the latest value’s date */
            expected?: number;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            addedAt: string;
            addedBy: string;
        };
        GoalValue: {
            value: number;
            /**
             * Format: date
             * @example 2007-03-15
             */
            measuredOn: string;
            reportId?: string;
            reportedBy: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            reportedAt: string;
        };
        /**
         * @description The trajectory rule’s status (the same words as the sick-leave target status)
         * @enum {string}
         */
        GoalStatus: "no-data" | "on-track" | "at-risk" | "off-track" | "achieved";
        ProjectList: {
            projects: components["schemas"]["Project"][];
        };
        Budget: {
            year: number;
            lines: {
                line: components["schemas"]["BudgetLineName"];
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                budget: number;
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                granted: number;
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                paid: number;
                /** @description øre: budget less granted */
                remaining: number;
            }[];
            source?: string;
            /** @description True while the year has the shipped default (data/budget.json) and the secretariat has not set it */
            isDefault: boolean;
        };
        Grant: {
            id: string;
            cohortId: string;
            municipalityNumber: components["schemas"]["MunicipalityNumber"];
            municipalityName: string;
            year: number;
            line: components["schemas"]["BudgetLineName"];
            purpose: string;
            /**
             * @description øre (1 NOK = 100 øre), a whole number
             * @example 300000
             */
            amountRequested: number;
            /** @enum {string} */
            status: "applied" | "granted" | "declined" | "paid" | "accounted";
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            appliedAt: string;
            appliedBy: string;
            decision?: {
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                granted: number;
                comment: string;
                by: string;
                /**
                 * Format: date-time
                 * @example 2007-03-15T09:30:00.000Z
                 */
                at: string;
            };
            /**
             * @description øre (1 NOK = 100 øre), a whole number
             * @example 300000
             */
            paidAmount: number;
            payments: {
                /**
                 * Format: date
                 * @example 2007-03-15
                 */
                paidOn: string;
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                amount: number;
                by: string;
                /**
                 * Format: date-time
                 * @example 2007-03-15T09:30:00.000Z
                 */
                at: string;
            }[];
            account?: {
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                spentAmount: number;
                description: string;
                reportId?: string;
                by: string;
                /**
                 * Format: date-time
                 * @example 2007-03-15T09:30:00.000Z
                 */
                at: string;
            };
        };
        GrantList: {
            grants: components["schemas"]["Grant"][];
        };
        /** @description Per line: budget, granted, paid and remaining; per cohort: granted, paid and unpaid (in all, and per line). øre. */
        BudgetOverview: {
            year: number;
            lines: {
                line: components["schemas"]["BudgetLineName"];
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                budget: number;
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                granted: number;
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                paid: number;
                /** @description øre: budget less granted */
                remaining: number;
            }[];
            cohorts: {
                cohortId: string;
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                granted: number;
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                paid: number;
                /** @description øre granted, not yet paid */
                unpaid: number;
                lines: {
                    line: components["schemas"]["BudgetLineName"];
                    /**
                     * @description øre (1 NOK = 100 øre), a whole number
                     * @example 300000
                     */
                    granted: number;
                    /**
                     * @description øre (1 NOK = 100 øre), a whole number
                     * @example 300000
                     */
                    paid: number;
                    /** @description øre granted, not yet paid */
                    unpaid: number;
                }[];
            }[];
            totals: {
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                budget: number;
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                granted: number;
                /**
                 * @description øre (1 NOK = 100 øre), a whole number
                 * @example 300000
                 */
                paid: number;
                remaining: number;
            };
        };
        CalendarFeedWithUrl: {
            feed: components["schemas"]["CalendarFeed"];
            /**
             * Format: uri
             * @description The secret URL to subscribe to (shown only now; only its SHA-256 is kept)
             * @example https://api.example/calendar/3q2-7wSxvN0fG1kP8yVb4cQmZ5rT6uH9aL0eJ2dW1sX.ics
             */
            url: string;
        };
        /** @description A feed (its secret URL is shown only when created or rotated) */
        CalendarFeed: {
            id: string;
            /** @enum {string} */
            scope: "cohort" | "network" | "municipality";
            scopeId: string;
            /** @description A network’s cohort */
            cohortId?: string;
            /** @example Verdal kommune */
            name: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            rotatedAt?: string;
        };
        CalendarFeedList: {
            feeds: components["schemas"]["CalendarFeed"][];
        };
        ExportLink: {
            kind: components["schemas"]["ExportKind"];
            /** @enum {string} */
            format: "csv" | "xlsx";
            fileName: string;
            contentType: string;
            /** @description Data rows (the header row not counted) */
            rows: number;
            bytes: number;
            /**
             * Format: uri
             * @description Presigned GET of the file (the same as Location); no token is sent with it
             */
            url: string;
            /**
             * Format: date-time
             * @description When the URL stops working; the file itself is deleted a day after it was made
             * @example 2007-03-15T09:30:00.000Z
             */
            expiresAt: string;
        };
        AuditEntryList: {
            entries: components["schemas"]["AuditEntry"][];
            /** @description Present when there is another page */
            nextCursor?: string;
        };
        AuditEntry: {
            id: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            at: string;
            actor: components["schemas"]["AuditActor"];
            /**
             * @description `METHOD /path` of the route, or `function:<name>`
             * @example POST /applications
             */
            action: string;
            /** @description The events the change caused, `state-change` when none, or `read:absence-figures` */
            what: string[];
            /**
             * @description Every resource the change wrote, `<kind>:<id>`
             * @example [
             *       "application:0b5f…",
             *       "cohort:2008-vår"
             *     ]
             */
            resources: string[];
            correlationId: string;
            /**
             * Format: date-time
             * @description When the entry expires (the configured retention)
             * @example 2007-03-15T09:30:00.000Z
             */
            expiresAt: string;
        };
        AuditActor: {
            /** @enum {string} */
            kind: "staff" | "person" | "machine" | "system";
            /** @description The token’s subject (a machine: its client_id), or `function:<name>` when the system acted on an event or schedule */
            subject: string;
            personId?: string;
            /** @description The role(s) or scopes the access check saw */
            roles?: string[];
            municipalityNumber?: string;
            /** @description A machine client: the organisation its Maskinporten token was issued to */
            organisationNumber?: string;
            /** @description A machine client: the vendor acting for the municipality */
            supplier?: string;
        };
        WebhookRegistrationWithSecret: {
            /** Format: uuid */
            id: string;
            url: string;
            eventTypes: ("application.decided" | "report.due" | "report.overdue" | "target-status.changed" | "gathering.scheduled" | "gathering.changed" | "gathering.cancelled")[];
            /** @description null: every municipality (the secretariat’s own systems) */
            municipalityNumber: components["schemas"]["MunicipalityNumber"] | null;
            /** @enum {string} */
            owner: "municipality" | "secretariat";
            description?: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            secretRotatedAt: string;
            /** @description The Standard Webhooks signing secret (whsec_…): shown only now; verify each delivery with it (docs/webhooks.md) */
            secret: string;
        };
        WebhookRegistrationList: {
            webhooks: components["schemas"]["WebhookRegistration"][];
        };
        WebhookRegistration: {
            /** Format: uuid */
            id: string;
            url: string;
            eventTypes: ("application.decided" | "report.due" | "report.overdue" | "target-status.changed" | "gathering.scheduled" | "gathering.changed" | "gathering.cancelled")[];
            /** @description null: every municipality (the secretariat’s own systems) */
            municipalityNumber: components["schemas"]["MunicipalityNumber"] | null;
            /** @enum {string} */
            owner: "municipality" | "secretariat";
            description?: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            secretRotatedAt: string;
        };
        WebhookDeliveryList: {
            /** @description Newest first, at most 100 */
            deliveries: components["schemas"]["WebhookDelivery"][];
        };
        WebhookDelivery: {
            /** @description Also the `webhook-id` header: the same on every retry and replay */
            id: string;
            /** Format: uuid */
            registrationId: string;
            /** @enum {string} */
            eventType: "application.decided" | "report.due" | "report.overdue" | "target-status.changed" | "gathering.scheduled" | "gathering.changed" | "gathering.cancelled";
            sourceEventId: string;
            /**
             * @description requested: handed to the bus’s delivery (EventBridge reports no success back); failed: dead-lettered after the last retry
             * @enum {string}
             */
            status: "requested" | "failed";
            /** @description Attempts of the last failed run; 0 while none failed */
            attempts: number;
            lastResponseStatus: number | null;
            lastError: string | null;
            replays: number;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2007-03-15T09:30:00.000Z
             */
            updatedAt: string;
            /** @description The exact body sent and signed */
            body: string;
        };
        /** @description A JSON-stat 2.0 dataset (https://json-stat.org/format/) */
        JsonStatDataset: {
            /** @constant */
            version: "2.0";
            /** @constant */
            class: "dataset";
            label: string;
            /** @description Every source, with Statistics Norway’s attribution */
            source: string;
            note: string[];
            /** @description quarter, group, contents */
            id: string[];
            size: number[];
            role: {
                time: string[];
                metric: string[];
            };
            /** @description quarter (2007Q1 …), group (national, participants, non-participants, cohort:<id>, county:<number>), contents (percentage, selfCertifiedPercentage, doctorCertifiedPercentage, municipalities) */
            dimension: {
                [key: string]: unknown;
            };
            value: (number | null)[];
            /** @description ":" suppressed (disclosure control), ".." missing */
            status: {
                [key: string]: string;
            };
            extension: {
                [key: string]: unknown;
            };
        };
        /** @description The published cohorts (puljer) by start date, with their years */
        SiteCohorts: {
            cohorts: {
                id: string;
                name: string;
                /** @description open, closed, started or completed (a draft is not published) */
                status: string;
                applicationWindow: {
                    /**
                     * Format: date
                     * @example 2007-03-15
                     */
                    opensOn: string;
                    /**
                     * Format: date
                     * @example 2007-03-15
                     */
                    closesOn: string;
                };
                /**
                 * Format: date
                 * @example 2007-03-15
                 */
                startDate: string;
                /**
                 * Format: date
                 * @description Exclusive end
                 * @example 2007-03-15
                 */
                endDate: string;
                startYear: number;
                /** @description The last year the cohort runs */
                endYear: number;
            }[];
        };
        /** @description The participating municipalities, one row per cohort a municipality was admitted to; by cohort, county and name */
        SiteParticipants: {
            count: number;
            participants: {
                number: components["schemas"]["MunicipalityNumber"];
                name: string;
                county: {
                    number: string;
                    name: string;
                };
                cohort: components["schemas"]["SiteCohortRef"];
            }[];
            /**
             * @description The register’s names and counties
             * @constant
             */
            source: "Kilde: Statistisk sentralbyrå";
        };
        /** @description A cohort by id and name (GET /site/cohorts gives its years) */
        SiteCohortRef: {
            id: string;
            name: string;
        };
        /** @description The networks of published cohorts with their member municipalities and advisor’s name */
        SiteNetworks: {
            networks: {
                id: string;
                name: string;
                cohort: components["schemas"]["SiteCohortRef"];
                /** @description The advisor (veileder) by name only */
                advisor: {
                    name: string;
                };
                members: {
                    number: components["schemas"]["MunicipalityNumber"];
                    name: string;
                }[];
            }[];
        };
        /** @description Gatherings not over on `from`, by first day; no attendees */
        SiteGatherings: {
            /**
             * Format: date
             * @example 2007-03-15
             */
            from: string;
            gatherings: {
                id: string;
                title: string;
                /** @description kickoff, learning-seminar, project-leaders-gathering, network-gathering, quality-conference, … */
                kind: string;
                cohorts: components["schemas"]["SiteCohortRef"][];
                /** @description First day, yyyy-mm-dd (yyyy-mm while only the month is fixed) */
                from: string;
                /** @description Last day (inclusive), as from */
                to: string;
                venue: string;
                /** @enum {string} */
                status: "scheduled" | "cancelled";
            }[];
        };
        /** @description Progress toward the programme’s goal: more than half of Norway’s municipalities take part */
        SiteProgress: {
            /**
             * Format: date
             * @description The day counted: today, at the latest 2009-12-31 (the programme’s end)
             * @example 2007-03-15
             */
            date: string;
            participatingMunicipalities: number;
            /** @description Municipalities of the register existing on the date */
            municipalities: number;
            /** @description participatingMunicipalities / municipalities, 0..1, 4 decimals */
            share: number;
            goal: {
                description: string;
                moreThanShare: number;
            };
            goalMet: boolean;
            /** @description How many more participants the goal needs (0 when met) */
            missing: number;
            byCounty: {
                countyNumber: string;
                countyName: string;
                municipalities: number;
                participants: number;
                share: number;
            }[];
            /** @constant */
            source: "Kilde: Statistisk sentralbyrå";
        };
        DeadLetterList: {
            deadLetters: {
                function: string;
                messageId: string;
                eventType: string;
                eventId?: string;
                time?: string;
                errorMessage?: string;
                body: unknown;
            }[];
        };
        Redrive: {
            function: string;
            redriven: number;
        };
        ContactOutput: {
            name: string;
            /** Format: email */
            email: string;
            phone?: string;
        };
        /** @description The obligatory sick-leave reduction target */
        SickLeaveTargetOutput: {
            /** @description Year whose sick-leave percentage is the starting point */
            baselineYear: number;
            /**
             * @description Sick-leave % in the baseline year (lost / agreed working days × 100)
             * @example 9.8
             */
            baselinePercentage: number;
            /**
             * @description Sick-leave % the municipality commits to reach
             * @example 8
             */
            targetPercentage: number;
            /**
             * Format: date
             * @description When the target is to be reached
             * @example 2007-03-15
             */
            targetDate: string;
        };
        SteeringGroupMemberOutput: {
            name: string;
            /**
             * @description elected-official = folkevalgt; management = ledelsen; union-representative = tillitsvalgt
             * @enum {string}
             */
            role: "elected-official" | "management" | "union-representative";
            /** @example Ordfører */
            title: string;
            /**
             * Format: email
             * @description When given, the member becomes a person of the municipality (with this role) once the municipality is admitted
             */
            email?: string;
        };
        /** @description The political decision anchoring the application */
        PoliticalDecisionOutput: {
            /** @example Kommunestyret */
            decidedBy: string;
            /**
             * Format: date
             * @example 2007-03-15
             */
            date: string;
            /** @example PS 12/07 */
            caseReference: string;
        };
        ElementAssessmentOutput: {
            element: components["schemas"]["MandatoryElement"];
            met: boolean;
            note?: string;
        };
        PlannedReportOutput: {
            type: components["schemas"]["ReportType"];
            title: string;
            monthsAfterStart: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description API Gateway’s request id */
        GatewayRequestId: string;
        /** @description The request’s correlation id: the caller’s x-correlation-id when well-formed, otherwise the gateway’s request id */
        CorrelationId: string;
        /** @description The request’s correlation id, on the functions’ answers (not on API Gateway’s own) */
        CorrelationIdUnlessFromGateway: string;
        /** @description `Bearer`; for a refused token `Bearer scope="" error="invalid_token" error_description="…"` */
        WwwAuthenticate: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listApplications: {
        parameters: {
            query?: {
                cohortId?: string;
                status?: "draft" | "submitted" | "withdrawn" | "admitted" | "rejected";
                /** @description Items per page, at most 500 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applications with counts per status */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationList"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    submitApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitApplicationRequest"];
            };
        };
        responses: {
            /** @description Stored and submitted; a receipt email follows asynchronously */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /applications/{id} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    updateApplicationDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApplicationDraftRequest"];
            };
        };
        responses: {
            /** @description The changed draft */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    saveApplicationDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationDraftRequest"];
            };
        };
        responses: {
            /** @description The draft (it holds the municipality’s one application in the cohort) */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /applications/{id} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    submitApplicationDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Submitted; a receipt email follows asynchronously */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    withdrawApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    decideApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionRequest"];
            };
        };
        responses: {
            /** @description Decided; admission makes the municipality a participant; a letter follows */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    assessApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentRequest"];
            };
        };
        responses: {
            /** @description The assessment, as GET /applications/{id} shows it */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listSteeringGroupMeetings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meetings */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SteeringGroupMeetingList"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    holdSteeringGroupMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SteeringGroupDecisionsRequest"];
            };
        };
        responses: {
            /** @description Recorded in one transaction: each admission makes a participant; each decision gets its letter, as one by one */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /cohorts/{cohortId}/steering-group-decisions/{meetingId} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SteeringGroupMeeting"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getSteeringGroupMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                cohortId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SteeringGroupMeeting"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    submitJointApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JointApplicationRequest"];
            };
        };
        responses: {
            /** @description Stored and submitted, each member’s application with it; receipts follow asynchronously */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /joint-applications/{id} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointApplication"];
                };
            };
            /** @description Malformed request. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getJointApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The joint application */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointApplication"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listMunicipalities: {
        parameters: {
            query?: {
                /** @description Only municipalities whose number was valid on this day */
                validOn?: string;
                /** @description County number (the first two digits) */
                county?: string;
                /** @description Items per page, at most 500 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The register */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityList"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getMunicipality: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Municipality number (kommunenummer); the first two digits are the county */
                number: components["schemas"]["MunicipalityNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Profile and participation history */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityDetails"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: another municipality’s number (a municipality token reaches only its own). `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    updateMunicipality: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Municipality number (kommunenummer); the first two digits are the county */
                number: components["schemas"]["MunicipalityNumber"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMunicipalityRequest"];
            };
        };
        responses: {
            /** @description The updated profile */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Municipality"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: another municipality’s number (a municipality token reaches only its own). `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    importContactAddresses: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactAddressImport"];
                "text/csv": string;
            };
        };
        responses: {
            /** @description The addresses are set (and trusted: the secretariat entered them) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactAddressImportReceipt"];
                };
            };
            /** @description Malformed request. `malformed-json`, `malformed-csv` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: neither application/json nor text/csv. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listPeople: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Municipality number (kommunenummer); the first two digits are the county */
                number: components["schemas"]["MunicipalityNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The people (deactivated ones too) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonList"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: another municipality’s number (a municipality token reaches only its own). `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    invitePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Municipality number (kommunenummer); the first two digits are the county */
                number: components["schemas"]["MunicipalityNumber"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitePersonRequest"];
            };
        };
        responses: {
            /** @description The person, invited */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /municipalities/{number}/people/{personId} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: another municipality’s number (a municipality token reaches only its own). `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Municipality number (kommunenummer); the first two digits are the county */
                number: components["schemas"]["MunicipalityNumber"];
                /** @description The person’s id */
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: another municipality’s number (a municipality token reaches only its own). `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    changePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Municipality number (kommunenummer); the first two digits are the county */
                number: components["schemas"]["MunicipalityNumber"];
                /** @description The person’s id */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePersonRequest"];
            };
        };
        responses: {
            /** @description The person with the change */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: another municipality’s number (a municipality token reaches only its own). `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    deactivatePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Municipality number (kommunenummer); the first two digits are the county */
                number: components["schemas"]["MunicipalityNumber"];
                /** @description The person’s id */
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person, deactivated (a repeat answers the same) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: another municipality’s number (a municipality token reaches only its own). `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listStaff: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The staff (deactivated ones too) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonList"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    inviteStaff: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteStaffRequest"];
            };
        };
        responses: {
            /** @description The person, invited */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /staff/{personId} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Malformed request. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getStaff: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The person’s id */
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    changeStaff: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The person’s id */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStaffRequest"];
            };
        };
        responses: {
            /** @description The person with the change */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    deactivateStaff: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The person’s id */
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person, deactivated (a repeat answers the same) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listCohorts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All cohorts */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortList"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    createCohort: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCohortRequest"];
            };
        };
        responses: {
            /** @description The cohort, as a draft */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /cohorts/{cohortId} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
            /** @description Malformed request. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getCohort: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cohort */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    changeCohortStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CohortTransitionRequest"];
            };
        };
        responses: {
            /** @description The cohort in its new status */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    setReportPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportPlanRequest"];
            };
        };
        responses: {
            /** @description The cohort with its plan */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listNetworks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cohort’s networks */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkList"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    formNetwork: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FormNetworkRequest"];
            };
        };
        responses: {
            /** @description The network; its project leaders and advisor are told */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /cohorts/{cohortId}/networks/{networkId} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Network"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getNetwork: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                cohortId: string;
                networkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network with its advisor and members */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Network"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    assignToNetwork: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                cohortId: string;
                networkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignToNetworkRequest"];
            };
        };
        responses: {
            /** @description The network with its new member */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Network"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listGatherings: {
        parameters: {
            query?: {
                /** @description The cohort’s calendar (with gatherings it shares with other cohorts) */
                cohortId?: string;
                /** @description The network’s own gatherings */
                networkId?: string;
                /** @description Without cohortId or networkId: gatherings whose first day is on or after this (default: today) */
                from?: string;
                /** @description Without cohortId or networkId: … and on or before this (default: a year after from) */
                to?: string;
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The gatherings, by first day */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatheringList"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    scheduleGathering: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GatheringRequest"];
            };
        };
        responses: {
            /** @description The gathering; the municipalities in its audience are told */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /gatherings/{gatheringId} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gathering"];
                };
            };
            /** @description Malformed request. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getGathering: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                gatheringId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The gathering */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gathering"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    changeGathering: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                gatheringId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GatheringRequest"];
            };
        };
        responses: {
            /** @description The changed gathering */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gathering"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    cancelGathering: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                gatheringId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GatheringCancellationRequest"];
            };
        };
        responses: {
            /** @description The cancelled gathering */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gathering"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listRegistrations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                gatheringId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registrations, waitlisted ones with their positions */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatheringRegistrationList"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    registerForGathering: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                gatheringId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationRequest"];
            };
        };
        responses: {
            /** @description One registration per attendee, registered or waitlisted (with its position), in the order given */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatheringRegistrations"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    cancelRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                gatheringId: string;
                registrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled registration; a freed seat moves the waiting list up asynchronously */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatheringRegistration"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    recordAttendance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                gatheringId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendanceRequest"];
            };
        };
        responses: {
            /** @description The attendance as recorded, and the municipalities that attended */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatheringAttendance"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getMissedGatherings: {
        parameters: {
            query?: {
                municipalityNumber?: components["schemas"]["MunicipalityNumber"];
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participants the caller may see (a municipality: itself; an advisor: its networks’ members) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissedGatherings"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getOverview: {
        parameters: {
            query?: {
                /** @description Count municipalities existing and admitted on this day; default today, at the latest 2009-12-31 (the programme’s end) */
                date?: string;
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Participation against the goal */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Overview"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getAbsenceComparison: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per quarter: participants, non-participants, difference in points */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbsenceComparison"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getAbsenceFigures: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Municipality number (kommunenummer); the first two digits are the county */
                number: components["schemas"]["MunicipalityNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Figures, quarterly series and target status */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbsenceSeries"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: another municipality’s number (a municipality token reaches only its own). `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    uploadAbsenceFigures: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Municipality number (kommunenummer); the first two digits are the county */
                number: components["schemas"]["MunicipalityNumber"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AbsenceUploadRequest"];
                "text/csv": string;
            };
        };
        responses: {
            /** @description A repeat of content received in the last 24 hours: its receipt with duplicate=true (nothing written again) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadReceipt"];
                };
            };
            /** @description Stored; the target statuses follow asynchronously */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadReceipt"];
                };
            };
            /** @description More rows than ASYNC_UPLOAD_ROWS: accepted asynchronously; poll the Location (an AbsenceUpload) */
            202: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /absence-uploads/{id} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbsenceUpload"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json`, `malformed-csv` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: another municipality’s number (a municipality token reaches only its own). `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: neither application/json nor text/csv. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    uploadBulkAbsenceFigures: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAbsenceUploadRequest"];
                "text/csv": string;
            };
        };
        responses: {
            /** @description A repeat of content received in the last 24 hours: its receipt with duplicate=true (nothing written again) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadReceipt"];
                };
            };
            /** @description Stored; the participants’ target statuses follow asynchronously */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadReceipt"];
                };
            };
            /** @description More rows than ASYNC_UPLOAD_ROWS: accepted asynchronously; poll the Location (an AbsenceUpload) */
            202: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /absence-uploads/{id} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbsenceUpload"];
                };
            };
            /** @description Malformed request. `malformed-json`, `malformed-csv` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: neither application/json nor text/csv. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    createAbsenceUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Municipality number (kommunenummer); the first two digits are the county */
                number: components["schemas"]["MunicipalityNumber"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAbsenceUploadRequest"];
            };
        };
        responses: {
            /** @description The upload (received) and a presigned PUT for the file */
            202: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /absence-uploads/{id} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbsenceUploadTicket"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: another municipality’s number (a municipality token reaches only its own). `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    createBulkAbsenceUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAbsenceUploadRequest"];
            };
        };
        responses: {
            /** @description The upload (received) and a presigned PUT for the bulk file */
            202: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /absence-uploads/{id} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbsenceUploadTicket"];
                };
            };
            /** @description Malformed request. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getAbsenceUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upload: its status, and the receipt (committed) or the problem with row/column errors (rejected) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description While the upload is received or validating (not yet done): seconds before it is worth asking again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbsenceUpload"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listAbsenceWarnings: {
        parameters: {
            query?: {
                status?: "open" | "checked";
                /** @description One municipality’s warnings only */
                municipalityNumber?: components["schemas"]["MunicipalityNumber"];
                /** @description Items per page, at most 500 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Warnings in that status, by municipality, upload and row */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbsenceWarningList"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    checkAbsenceWarning: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckAbsenceWarningRequest"];
            };
        };
        responses: {
            /** @description The warning, checked */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredAbsenceWarning"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listTargetStatuses: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Statuses with counts */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetStatusOverview"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getJointTargetStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The joint status and the members’ */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointTargetStatus"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                status?: "queued" | "sent" | "failed" | "awaiting-confirmation" | "bounced" | "complained" | "suppressed" | "coalesced" | "digest-held" | "digested" | "unsubscribed";
                /** @description Items per page, at most 500 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Notifications in that status, oldest change first */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationList"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    retryNotification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued again */
            202: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getMailPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every category with its delivery (immediate when never chosen) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailPreferences"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    updateMailPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MailPreferencesChange"];
            };
        };
        responses: {
            /** @description The choices now */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailPreferences"];
                };
            };
            /** @description Malformed request. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    showUnsubscribePage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    unsubscribeByLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unsubscribed (the same again for a repeated click) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unsubscribed"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    confirmEmailAddress: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address is confirmed (a used code answers the same again) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailConfirmation"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No longer valid (an expired confirmation code) */
            410: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listReports: {
        parameters: {
            query?: {
                cohortId?: string;
                status?: "upcoming" | "due" | "awaiting-signatures" | "submitted" | "overdue" | "accepted" | "returned";
                networkId?: string;
                municipalityNumber?: components["schemas"]["MunicipalityNumber"];
                /** @description Items per page, at most 500 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reports with counts per status */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportList"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    moveReportDueDate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveDueDateRequest"];
            };
        };
        responses: {
            /** @description The report with its new due date */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    submitReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportSubmission"];
            };
        };
        responses: {
            /** @description Submitted; a project plan or final evaluation awaits its three signatures (awaiting-signatures), and a submission while it awaits them voids those given */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    signReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignatureRequest"];
            };
        };
        responses: {
            /** @description Signed: the report with its signatures and missingRoles (submitted when none is missing) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    reviewReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewRequest"];
            };
        };
        responses: {
            /** @description Accepted or returned; the project leader is told */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    catchUpReportReminders: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatchUpRequest"];
            };
        };
        responses: {
            /** @description What the catch-up did (or, dryRun, would do): held reports found, caught up, letters queued, remaining */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatchUpSummary"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The project’s id: the joint project’s id, or the admitted application’s */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listMunicipalityProjects: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Municipality number (kommunenummer); the first two digits are the county */
                number: components["schemas"]["MunicipalityNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projects */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: another municipality’s number (a municipality token reaches only its own). `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    addSubProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The project’s id: the joint project’s id, or the admitted application’s */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubProjectRequest"];
            };
        };
        responses: {
            /** @description Added (SubProjectAdded) */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /projects/{projectId}/sub-projects/{subProjectId} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubProject"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getSubProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The project’s id: the joint project’s id, or the admitted application’s */
                projectId: string;
                subProjectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sub-project */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubProject"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    addGoal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The project’s id: the joint project’s id, or the admitted application’s */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoalRequest"];
            };
        };
        responses: {
            /** @description Added (GoalAdded) */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /projects/{projectId}/goals/{goalId} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Goal"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getGoal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The project’s id: the joint project’s id, or the admitted application’s */
                projectId: string;
                goalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The goal */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Goal"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    reportGoalValue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The project’s id: the joint project’s id, or the admitted application’s */
                projectId: string;
                goalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoalValueRequest"];
            };
        };
        responses: {
            /** @description Recorded (GoalValueReported; GoalStatusChanged when the status changed): the goal */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /projects/{projectId}/goals/{goalId} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Goal"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getBudget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The year’s budget */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    putBudget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BudgetRequest"];
            };
        };
        responses: {
            /** @description The year’s budget with what is granted, paid and left per line */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listGrants: {
        parameters: {
            query: {
                cohortId: string;
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grants */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantList"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    applyForGrant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantApplication"];
            };
        };
        responses: {
            /** @description The application (GrantApplied) */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /grants/{id} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grant"];
                };
            };
            /** @description Malformed request. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    decideGrant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantDecisionRequest"];
            };
        };
        responses: {
            /** @description Decided (GrantDecided); the project leader gets the letter */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grant"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    recordGrantPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantPaymentRequest"];
            };
        };
        responses: {
            /** @description Paid (GrantPaid) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grant"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    accountForGrant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantAccountRequest"];
            };
        };
        responses: {
            /** @description Accounted (GrantAccounted) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grant"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getGrant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grant */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grant"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getBudgetOverview: {
        parameters: {
            query: {
                year: number;
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The budget overview */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetOverview"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listCalendarFeeds: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s feeds */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedList"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    createCalendarFeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarFeedRequest"];
            };
        };
        responses: {
            /** @description The feed and its secret URL */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedWithUrl"];
                };
            };
            /** @description Malformed request. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    rotateCalendarFeedSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                feedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed and its new secret URL */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedWithUrl"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    deleteCalendarFeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                feedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body */
            204: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description `<secret>.ics` */
                feed: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar (text/calendar) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description The answer’s content tag: send it back as If-None-Match for a 304 */
                    ETag: string;
                    /** @description private, max-age=300: calendar clients poll; a change shows within five minutes */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not modified (If-None-Match named the current ETag); no body */
            304: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description The answer’s content tag: send it back as If-None-Match for a 304 */
                    ETag: string;
                    /** @description as for 200 */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    exportData: {
        parameters: {
            query?: {
                /** @description csv or xlsx; without it the Accept header decides (text/csv or the spreadsheet type), else csv */
                format?: "csv" | "xlsx";
                /** @description CSV only: semicolon (Norwegian Excel; decimal commas) or comma (decimal points) */
                separator?: "semicolon" | "comma";
                /** @description The header row: labels = Norwegian (bokmål), keys = the machine keys of docs/exports.md */
                headers?: "labels" | "keys";
                /** @description absence-figures: the first quarter (baseline years included by default) */
                from?: string;
                /** @description absence-figures: the last quarter */
                to?: string;
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description applications = søknader; participants = deltakere; absence-figures = sykefraværstall; target-statuses = målstatus; reports = rapporter; gathering-attendance = samlinger med forventede deltakere */
                kind: components["schemas"]["ExportKind"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file is written; Location (and `url`) is its presigned GET, valid 15 minutes */
            303: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description The presigned GET of the export file (S3), valid 15 minutes; send no token with it */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportLink"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description Entries of one resource, e.g. `application:<id>`, `municipality:1721` (its changes and the reads of its figures) */
                resource?: string;
                /** @description Entries of one person (staff or a municipality’s) */
                personId?: string;
                /** @description Entries of a token subject without a person: a Maskinporten client_id, a bootstrap account, `function:<name>` for the system */
                subject?: string;
                /** @description Start of the range (inclusive); by time alone, default one day before `to` */
                from?: string;
                /** @description End of the range (exclusive; a day: its end); by time alone, default now */
                to?: string;
                /** @description Items per page, at most 500 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of entries */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryList"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description The secretariat: that municipality’s registrations (without: those for every municipality). A municipality sees its own. */
                municipalityNumber?: components["schemas"]["MunicipalityNumber"];
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registrations (without secrets) */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookRegistrationList"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    registerWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterWebhookRequest"];
            };
        };
        responses: {
            /** @description Registered; its delivery on the bus is provisioned asynchronously */
            201: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Where the resource is read: /webhooks/{id} (GET) */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookRegistrationWithSecret"];
                };
            };
            /** @description Malformed request. `malformed-json` or `invalid-encoding` (not UTF-8). */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. `payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB). */
            413: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Unsupported body media type. `unsupported-media-type`: not application/json. */
            415: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` (every invalid field in `errors`). `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registration */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookRegistration"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted: the registration as it was */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookRegistration"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registration with its new secret */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookRegistrationWithSecret"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The newest deliveries */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Requested again */
            202: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getSickLeaveStatistics: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                /** @description json-stat (JSON-stat 2.0, the default) or csv; or ask with Accept: text/csv */
                format?: "json-stat" | "csv";
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset (JSON-stat 2.0, or CSV with format=csv or Accept: text/csv); a period outside the data gives an empty dataset. Cache-Control public, ETag */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description The answer’s content tag: send it back as If-None-Match for a 304 */
                    ETag: string;
                    /** @description public, max-age=3600: the figures change with uploads, an hour old is fine for a website */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonStatDataset"];
                    "text/csv": string;
                };
            };
            /** @description Not modified (If-None-Match named the current ETag); no body */
            304: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description The answer’s content tag: send it back as If-None-Match for a 304 */
                    ETag: string;
                    /** @description as for 200 */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getSiteCohorts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cohorts that have opened, by start date. Cache-Control public, ETag */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description The answer’s content tag: send it back as If-None-Match for a 304 */
                    ETag: string;
                    /** @description public, max-age=300: the lists change with admissions, networks and the calendar; five minutes old is fine for a website */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteCohorts"];
                };
            };
            /** @description Not modified (If-None-Match named the current ETag); no body */
            304: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description The answer’s content tag: send it back as If-None-Match for a 304 */
                    ETag: string;
                    /** @description as for 200 */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listSiteParticipants: {
        parameters: {
            query?: {
                /** @description Only this cohort’s participants (an unknown or unpublished cohort gives an empty list) */
                cohortId?: string;
                /** @description Only this county’s participants */
                countyNumber?: string;
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participants (name, number, county, cohort). Cache-Control public, ETag */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description The answer’s content tag: send it back as If-None-Match for a 304 */
                    ETag: string;
                    /** @description public, max-age=300: the lists change with admissions, networks and the calendar; five minutes old is fine for a website */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteParticipants"];
                };
            };
            /** @description Not modified (If-None-Match named the current ETag); no body */
            304: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description The answer’s content tag: send it back as If-None-Match for a 304 */
                    ETag: string;
                    /** @description as for 200 */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listSiteNetworks: {
        parameters: {
            query?: {
                /** @description Only this cohort’s networks */
                cohortId?: string;
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The networks of published cohorts. Cache-Control public, ETag */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description The answer’s content tag: send it back as If-None-Match for a 304 */
                    ETag: string;
                    /** @description public, max-age=300: the lists change with admissions, networks and the calendar; five minutes old is fine for a website */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteNetworks"];
                };
            };
            /** @description Not modified (If-None-Match named the current ETag); no body */
            304: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description The answer’s content tag: send it back as If-None-Match for a 304 */
                    ETag: string;
                    /** @description as for 200 */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listSiteGatherings: {
        parameters: {
            query?: {
                /** @description Gatherings not over on this day (default: today in Norway) */
                from?: string;
            };
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The gatherings not over on `from`. Cache-Control public, ETag */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description The answer’s content tag: send it back as If-None-Match for a 304 */
                    ETag: string;
                    /** @description public, max-age=300: the lists change with admissions, networks and the calendar; five minutes old is fine for a website */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteGatherings"];
                };
            };
            /** @description Not modified (If-None-Match named the current ETag); no body */
            304: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description The answer’s content tag: send it back as If-None-Match for a 304 */
                    ETag: string;
                    /** @description as for 200 */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed`: an invalid query parameter (`errors` with pointers under /query). */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getSiteProgress: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts, share and the goal. Cache-Control public, ETag */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description The answer’s content tag: send it back as If-None-Match for a 304 */
                    ETag: string;
                    /** @description public, max-age=300: the lists change with admissions, networks and the calendar; five minutes old is fine for a website */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteProgress"];
                };
            };
            /** @description Not modified (If-None-Match named the current ETag); no body */
            304: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description The answer’s content tag: send it back as If-None-Match for a 304 */
                    ETag: string;
                    /** @description as for 200 */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    listDeadLetters: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dead letters by function */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterList"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    redriveDeadLetters: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
                /** @description Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422 */
                "Idempotency-Key"?: string;
            };
            path: {
                function: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were sent back */
            202: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redrive"];
                };
            };
            /** @description Malformed request. `malformed-path`: a path parameter is not valid percent-encoded UTF-8. */
            400: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description The caller’s role may not do this. `forbidden`: the token’s role is not among the route’s roles. */
            403: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. `not-found`: a path parameter is not in the shape of an id. */
            404: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. `idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer. */
            409: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid or incomplete; `errors` names every field. `validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body. */
            422: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. `too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}. */
            429: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with `too-many-requests`: seconds until the caller’s window ends */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenAPI 3.1 document */
            200: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationId"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A fault of the service. `internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer. */
            500: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description Temporarily unavailable. `service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s. */
            503: {
                headers: {
                    "x-correlation-id": components["headers"]["CorrelationIdUnlessFromGateway"];
                    "apigw-requestid": components["headers"]["GatewayRequestId"];
                    /** @description Sent with the functions’ 503 problems: seconds to wait before retrying */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
        };
    };
}
