package org.moneygraph.security;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The quick-start mode: a caller without a token, connecting from this machine's loopback address, may read
 * (VIEWER). The peer address is the socket's, not a forwarded header, so a proxy cannot vouch for anyone;
 * behind a proxy on the same host every caller looks local, which is why {@code prod} turns this off.
 */
class LoopbackReads extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() == null && request.getHeader("Authorization") == null
                && isLoopback(request.getRemoteAddr())) {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new AnonymousAuthenticationToken("loopback", "anonymous",
                    List.of(new SimpleGrantedAuthority(Role.VIEWER.authority()))));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    static boolean isLoopback(String address) {
        if (address == null || !(address.indexOf(':') >= 0 || Character.isDigit(address.charAt(0)))) {
            return false;
        }
        try {
            // The servlet container gives a literal address, which parses without a name lookup.
            return InetAddress.getByName(address).isLoopbackAddress();
        }
        catch (java.net.UnknownHostException ex) {
            return false;
        }
    }
}
