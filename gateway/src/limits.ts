import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on the shape of an operation, checked before any subgraph is called:
 * a partner's client may send anything, and one deep or wide query must not
 * fan out into thousands of subgraph requests. Rejections answer
 * GRAPHQL_VALIDATION_FAILED (or GRAPHQL_PARSE_FAILED for too many tokens)
 * without exposing the limits. Batched HTTP requests are off.
 */
export const operationLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 2500,
  maxDirectives: 20,
};

export function protectGateway(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: operationLimits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: operationLimits.maxAliases },
    costLimit: { maxCost: operationLimits.maxCost, ignoreIntrospection: true },
    maxTokens: { n: operationLimits.maxTokens },
    maxDirectives: { n: operationLimits.maxDirectives },
    // Suggestions ("Did you mean ...?") help developers and help attackers map the schema.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
