/** An inbound SIP request, as far as Asterisk's choice of endpoint, authentication and dialplan looks at it. */

export interface InboundRequest {
  /** `INVITE`, `REGISTER`, `OPTIONS`, ... */
  method: string;
  /** The source address (IPv4 or IPv6) and port the request comes from. */
  source: string;
  port?: number;
  /** `udp`, `tcp`, `tls`, `ws`, `wss` (kept for the path; no step depends on it in the releases we model). */
  transport?: string;
  /** The From header's user and domain. */
  fromUser?: string;
  fromDomain?: string;
  /** The Request-URI's user: the extension dialled. Absent: `s`. */
  exten?: string;
  /** The whole Request-URI (`sip:100@pbx.example.com`), for `match_request_uri`. */
  requestUri?: string;
  /** Other headers, by name (`X-Trunk: acme`). */
  headers?: Record<string, string>;
  /** The user name of the credentials sent with it (an Authorization header): for `auth_username`. */
  authUsername?: string;
}

/** The header's value, by name without case. */
export function headerValue(r: InboundRequest, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(r.headers ?? {})) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** The Request-URI: as given, or built from the extension and a placeholder host. */
export function requestUriOf(r: InboundRequest): string {
  return r.requestUri ?? `sip:${r.exten ?? 's'}@pbx`;
}
