import { Logger } from '@aws-lambda-powertools/logger';

/** One structured logger per process; service name is the programme backend's. */
export const logger = new Logger({ serviceName: 'kvalitetskommune' });
