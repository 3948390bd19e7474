/** Unit tests touch no AWS service; handler modules only need their configuration to load. */
process.env.TABLE_NAME ??= 'unit-tests-use-no-table';
process.env.AWS_REGION ??= 'eu-north-1';
