package org.moneygraph.security;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** API tokens over GraphQL; the schema's {@code @requiresRole(role: ADMIN)} keeps them to admins. */
@Controller
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @QueryMapping
    Actor me() {
        return Actor.current();
    }

    @QueryMapping
    List<ApiTokens.ApiToken> apiTokens(@Argument Boolean includeRevoked) {
        return tokens.list(Boolean.TRUE.equals(includeRevoked));
    }

    @MutationMapping
    ApiTokens.NewApiToken createApiToken(@Argument String name, @Argument Role role, @Argument String regionScope) {
        return tokens.create(name, role, regionScope, Actor.current().require(Role.ADMIN).name());
    }

    @MutationMapping
    ApiTokens.ApiToken revokeApiToken(@Argument String id) {
        Actor.current().require(Role.ADMIN);
        return tokens.revoke(id);
    }
}
