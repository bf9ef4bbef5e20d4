package org.moneygraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class ActorTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void rolesAndTheRegionScopeComeFromAuthorities() {
        Actor actor = Actor.of("editor-tongjiang", List.of(new SimpleGrantedAuthority("ROLE_EDITOR"),
                new SimpleGrantedAuthority("REGION_SCOPE:Region:003-tongjiang"), new SimpleGrantedAuthority("OTHER")));
        assertThat(actor.roles()).containsExactly(Role.EDITOR);
        assertThat(actor.regionScope()).isEqualTo("Region:003-tongjiang");
        assertThat(actor.has(Role.VIEWER)).isTrue();
        assertThat(actor.has(Role.AUDITOR)).isTrue();
        assertThat(actor.has(Role.EDITOR)).isTrue();
        assertThat(actor.has(Role.ADMIN)).isFalse();
    }

    @Test
    void aViewerIsForbiddenToWriteAndNobodyIsUnauthenticated() {
        Actor viewer = Actor.of("reader", List.of(new SimpleGrantedAuthority("ROLE_VIEWER")));
        assertThatThrownBy(() -> viewer.require(Role.EDITOR)).isInstanceOfSatisfying(AccessDeniedException.class,
                denied -> assertThat(denied.unauthenticated()).isFalse());
        assertThatThrownBy(() -> Actor.current().require(Role.VIEWER))
                .isInstanceOfSatisfying(AccessDeniedException.class, denied -> assertThat(denied.unauthenticated()).isTrue());
    }

    @Test
    void theCurrentActorIsTheAuthenticatedOne() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "auditor-1", null, List.of(new SimpleGrantedAuthority("ROLE_AUDITOR"))));
        Actor actor = Actor.current();
        assertThat(actor.name()).isEqualTo("auditor-1");
        assertThat(actor.require(Role.AUDITOR).regionScope()).isNull();
        assertThat(actor.has(Role.EDITOR)).isFalse();
    }
}
