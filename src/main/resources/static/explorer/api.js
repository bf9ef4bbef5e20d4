// The explorer's only door to the data: POST /graphql, with the same bearer token other clients send.

const TOKEN_KEY = 'moneygraph.token';

export function token() {
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

export function setToken(value) {
  if (value) {
    sessionStorage.setItem(TOKEN_KEY, value);
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
  }
}

/** A failed request; `code` is UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, HTTP or NETWORK. */
export class GraphQlError extends Error {
  constructor(code, message, extensionCode) {
    super(message);
    this.code = code;
    // The service's own code (TOO_LARGE, TIMEOUT, …) where the classification is only BAD_REQUEST.
    this.extensionCode = extensionCode || code;
  }

  /** The question is too big to answer at once at this scale; a smaller scope would be. */
  get tooLarge() {
    return ['TOO_LARGE', 'TIMEOUT'].includes(this.extensionCode) || ['TOO_LARGE', 'TIMEOUT'].includes(this.code);
  }

  get denied() {
    return this.code === 'UNAUTHENTICATED' || this.code === 'FORBIDDEN';
  }
}

function withFragments(text) {
  return text.includes('...N') ? `${text}\n${NODE_FRAGMENT}` : text;
}

function codeOf(error) {
  const ext = error.extensions || {};
  return ext.classification || ext.code || 'ERROR';
}

/** Runs a query and returns its data; any GraphQL error fails the whole call, so a page never shows half an answer. */
export async function query(text, variables = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  if (token()) {
    headers.Authorization = `Bearer ${token()}`;
  }
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query: withFragments(text), variables }) });
  } catch (e) {
    throw new GraphQlError('NETWORK', e.message);
  }
  if (response.status === 401) {
    throw new GraphQlError('UNAUTHENTICATED', 'HTTP 401');
  }
  if (response.status === 403) {
    throw new GraphQlError('FORBIDDEN', 'HTTP 403');
  }
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new GraphQlError('HTTP', `HTTP ${response.status}`);
  }
  if (body.errors && body.errors.length) {
    const first = body.errors[0];
    throw new GraphQlError(codeOf(first), first.message, (first.extensions || {}).code);
  }
  if (!response.ok || !body.data) {
    throw new GraphQlError('HTTP', `HTTP ${response.status}`);
  }
  return body.data;
}

/**
 * Names every kind of node; aliases keep fields whose types differ between kinds apart. A named fragment on the
 * interface, so that it may be spread into fields of any node type, concrete or not.
 */
const NODE_FRAGMENT = `fragment N on Node {
  id __typename
  ... on Document { title }
  ... on Region { name level masked }
  ... on Organization { name orgKind: kind masked }
  ... on Campaign { name campaignKind: kind }
  ... on Project { name projectStatus: status }
  ... on Indicator { name }
  ... on Fund { name sourceType }
  ... on FundFlow { name }
  ... on BeneficiaryGroup { name }
  ... on Policy { name }
  ... on Problem { problemName: name description }
  ... on Rectification { rectificationName: name }
  ... on Pairing { pairingName: name }
  ... on Responsibility { typeText role holderTitle }
  ... on ProgressObservation { item }
  ... on Milestone { name }
}`;

/** Spread this where a node is selected; query() adds the fragment it names. */
export const NODE = '...N';

export const SOURCES = 'sources { quote start end document { id title } }';

export const QUANTITY = '{ text yuan value unit qualifier masked asOf }';

/**
 * A part of a page that a province may make too large to answer (everything behind in the whole graph): resolves to
 * { data } or, when the service answers TOO_LARGE or TIMEOUT, to { tooLarge: error }, so that the rest of the page
 * still shows. Every other error fails the page as before.
 */
export async function part(promise) {
  try {
    return { data: await promise };
  } catch (e) {
    if (e instanceof GraphQlError && e.tooLarge) {
      return { tooLarge: e };
    }
    throw e;
  }
}
