/**
 * CDK entry (`npx cdk synth`, `npx cdk deploy`). Configuration comes from CDK context, e.g.
 *   npx cdk deploy -c mailFrom='Kvalitetskommuneprogrammet <post@example.no>' -c secretariatEmail=sekretariat@example.no
 * Keys: mailFrom, sesIdentity, sesConfigurationSet, secretariatEmail, maskinportenIssuer + maskinportenAudience,
 * alarmTopicArn, stackName (see programme-config.ts).
 */
import { createProgrammeApp } from './programme-app.ts';

createProgrammeApp();
