/** The part of botframework-connector's (azure core-http compat) request each call goes through. */
interface TimedRequest {
  timeout?: number;
}
interface NextPolicy {
  sendRequest(request: TimedRequest): Promise<unknown>;
}

/**
 * Bot Connector client options that give every outgoing call (replies, proactive reminders) a
 * deadline: the connector's HTTP pipeline honours a request's `timeout` (ms) and fails the call
 * with a timeout error, which the reminder job retries and then dead-letters like any network error.
 * Without it a connection that is accepted and never answered held the call forever.
 */
export function connectorTimeoutOptions(timeoutMs: number) {
  return {
    requestPolicyFactories: [
      {
        create: (next: NextPolicy) => ({
          sendRequest: (request: TimedRequest) => {
            if (!request.timeout) request.timeout = timeoutMs;
            return next.sendRequest(request);
          },
        }),
      },
    ],
  };
}
