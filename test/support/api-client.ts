/** A small client for the local gateway, as a municipal system or the secretariat would call it. */
export interface ApiResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly json: Record<string, any>;
}

export function apiClient(baseUrl: () => string) {
  return async function api(
    path: string,
    options: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse> {
    const response = await fetch(`${baseUrl()}${path}`, {
      method: options.method ?? 'GET',
      // A 303 (an export's presigned download) is the API's answer, not a page to follow.
      redirect: 'manual',
      headers: {
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      ...(options.body !== undefined ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) } : {}),
    });
    const text = await response.text();
    // A page (the unsubscribe link's, text/html) is not JSON: its text is under `json.text`.
    const isHtml = (response.headers.get('content-type') ?? '').startsWith('text/html');
    return { status: response.status, headers: response.headers, json: !text ? {} : isHtml ? { text } : (JSON.parse(text) as Record<string, any>) };
  };
}

/** The response's body when it has the expected status; otherwise an error with the status and body. */
export function expectStatus(response: ApiResponse, status = 200): Record<string, any> {
  if (response.status !== status) throw new Error(`${response.status}: ${JSON.stringify(response.json)}`);
  return response.json;
}

/** Creates a cohort through the API and opens it; returns its id. */
export async function createOpenCohort(api: ReturnType<typeof apiClient>, secretariatToken: string, name = 'Pulje I'): Promise<string> {
  const created = await api('/cohorts', {
    method: 'POST',
    token: secretariatToken,
    body: { name, applicationWindow: { opensOn: '2007-01-15', closesOn: '2007-03-15' }, startDate: '2007-04-01', durationYears: 3 },
  });
  if (created.status !== 201) throw new Error(`Creating the cohort answered ${created.status}: ${JSON.stringify(created.json)}`);
  const opened = await api(`/cohorts/${created.json.id}/transitions`, { method: 'POST', token: secretariatToken, body: { action: 'open' } });
  if (opened.status !== 200) throw new Error(`Opening the cohort answered ${opened.status}: ${JSON.stringify(opened.json)}`);
  return created.json.id as string;
}

/**
 * The answer of API Gateway's JWT authorizer, which the local gateway gives exactly: 401, the
 * fixed `{"message":"Unauthorized"}` (not problem+json: HTTP APIs cannot change it), the reason
 * only in `www-authenticate`, and the gateway's request id. No correlation id: no function ran.
 */
export function isAuthorizerRefusal(response: ApiResponse, reason?: RegExp): boolean {
  const challenge = response.headers.get('www-authenticate') ?? '';
  return (
    response.status === 401 &&
    response.headers.get('content-type') === 'application/json' &&
    JSON.stringify(response.json) === '{"message":"Unauthorized"}' &&
    /^Bearer/.test(challenge) &&
    (reason === undefined || reason.test(challenge)) &&
    Boolean(response.headers.get('apigw-requestid')) &&
    response.headers.get('x-correlation-id') === null
  );
}
