package org.moneygraph.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who makes the current request, as the security filter chain established it.
 *
 * <p>Roles are authorities {@code ROLE_VIEWER}, {@code ROLE_AUDITOR}, {@code ROLE_EDITOR} and {@code ROLE_ADMIN}.
 * An editor limited to a region carries the authority {@code REGION_SCOPE:<region id>}; such an editor may
 * change only data in that region and below it. Writers ask for the actor here rather than reading Spring
 * Security themselves, so that the rule lives in one place.
 *
 * @param name        the user or token name recorded in change history
 * @param roles       the roles granted, each implying the ones before it in {@link Role}
 * @param regionScope the region an editor is limited to, or null for no limit
 */
public record Actor(String name, Set<Role> roles, String regionScope) {

    public static final String REGION_SCOPE_PREFIX = "REGION_SCOPE:";

    /** The caller when no authentication is present at all, such as the seed loader at startup. */
    public static final Actor SYSTEM = new Actor("system", EnumSet.allOf(Role.class), null);

    public Actor {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** The actor of the current thread's security context; unauthenticated callers have no roles. */
    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Actor("anonymous", Set.of(), null);
        }
        return of(authentication.getName(), authentication.getAuthorities());
    }

    /** Reads roles and region scope from granted authorities. */
    public static Actor of(String name, Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String region = null;
        for (GrantedAuthority granted : authorities) {
            String authority = granted.getAuthority();
            if (authority == null) {
                continue;
            }
            for (Role role : Role.values()) {
                if (authority.equals(role.authority())) {
                    roles.add(role);
                }
            }
            if (authority.startsWith(REGION_SCOPE_PREFIX)) {
                region = authority.substring(REGION_SCOPE_PREFIX.length());
            }
        }
        return new Actor(name, roles, region);
    }

    /** True when the actor holds the role or one that includes it. */
    public boolean has(Role role) {
        return roles.stream().anyMatch(held -> held.compareTo(role) >= 0);
    }

    /**
     * Fails unless the actor holds the role: {@code UNAUTHENTICATED} for a caller with no roles at all,
     * {@code FORBIDDEN} for one whose roles are too low.
     */
    public Actor require(Role role) {
        if (!has(role)) {
            throw new AccessDeniedException(roles.isEmpty(), "this operation needs the " + role + " role");
        }
        return this;
    }
}
