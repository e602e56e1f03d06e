import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on the shape of an operation, the same at the gateway and in every
 * subgraph: a partner's client may send anything, one deep or wide query must
 * not fan out into thousands of subgraph requests, and a subgraph reached
 * directly (inside the cluster) must not be easier to stall than the gateway.
 * Rejections answer GRAPHQL_VALIDATION_FAILED (or GRAPHQL_PARSE_FAILED for
 * too many tokens) without exposing the limits.
 */
export const operationLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 2500,
  maxDirectives: 20,
};

/**
 * What an Apollo Server needs for the limits: graphql-armor's validation
 * rules and plugins, and graphql-js's own token limit as a parse option.
 * graphql-armor's token plugin is off: it parses in a plugin hook, where a
 * syntax error becomes HTTP 500; graphql-js's limit aborts the parse itself,
 * answered like any syntax error (400, GRAPHQL_PARSE_FAILED). In production
 * "Did you mean ...?" suggestions are off too: they help developers and help
 * attackers map the schema.
 */
export function operationLimitsFor(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: operationLimits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: operationLimits.maxAliases },
    costLimit: { maxCost: operationLimits.maxCost, ignoreIntrospection: true },
    maxTokens: { enabled: false },
    maxDirectives: { n: operationLimits.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { ...armor, parseOptions: { maxTokens: operationLimits.maxTokens } };
}
