export { createRequestContext } from './requestContext';
export type { RequestContext, AnyRequest } from './requestContext';
export { versionOf, etagOf } from './versionOf';
export { actorOf } from './actorOf';
export { jsonBodyParser } from './jsonBodyParser';
export { resolveDayRange } from './resolveDayRange';
export type { ApiRouter } from './ApiRouter';
export { throwIfInvalid } from './throwIfInvalid';
export { contractErrorWording, rewordContractMessage } from './contractErrors';
