import type { CloudAdapter } from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication, ConnectorClient, ConnectorFactory } from 'botframework-connector';

/** What of a ConnectorClient this reaches: its azure core ServiceClient's request pipeline. */
interface WithPipeline {
  client?: {
    pipeline?: { addPolicy(policy: { name: string; sendRequest(request: TimedRequest, next: (r: TimedRequest) => Promise<unknown>): Promise<unknown> }): void };
  };
}
interface TimedRequest {
  timeout: number;
}

const POLICY_NAME = 'cwgConnectorTimeout';

/**
 * Gives every Bot Connector call an adapter makes (replies and proactive reminders) a deadline: the
 * azure core pipeline under the ConnectorClient honours a request's `timeout` (ms) and fails the call
 * with an AbortError, which the reminder job retries and then dead-letters like any network error.
 * botframework-connector's ConnectorFactory replaces the `requestPolicyFactories` a caller passes in
 * its options, so the policy is added to each client the adapter's factories create instead.
 */
export function withConnectorTimeout<A extends CloudAdapter>(adapter: A, timeoutMs: number): A {
  const auth = (adapter as unknown as { botFrameworkAuthentication: BotFrameworkAuthentication }).botFrameworkAuthentication;
  const timed = (factory: ConnectorFactory): ConnectorFactory =>
    Object.assign(Object.create(factory) as ConnectorFactory, {
      create: async (serviceUrl: string, audience?: string) => addTimeout(await factory.create(serviceUrl, audience), timeoutMs),
    });
  const createConnectorFactory = auth.createConnectorFactory.bind(auth);
  auth.createConnectorFactory = (identity) => timed(createConnectorFactory(identity));
  const authenticateRequest = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = async (...args: Parameters<BotFrameworkAuthentication['authenticateRequest']>): Promise<AuthenticateRequestResult> => {
    const result = await authenticateRequest(...args);
    return result.connectorFactory ? { ...result, connectorFactory: timed(result.connectorFactory) } : result;
  };
  return adapter;
}

function addTimeout(client: ConnectorClient, timeoutMs: number): ConnectorClient {
  (client as unknown as WithPipeline).client?.pipeline?.addPolicy({
    name: POLICY_NAME,
    sendRequest: (request, next) => {
      if (!request.timeout) request.timeout = timeoutMs;
      return next(request);
    },
  });
  return client;
}
