package org.pathways.config;

import org.pathways.people.security.EducatorOidcUserService;
import org.pathways.people.security.SignInThrottle;
import org.pathways.people.security.SignInThrottleFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Route rules per app role (DESIGN section 4), form login with throttling, CSRF and a strict
 * Content Security Policy.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle,
                                            ObjectProvider<ClientRegistrationRepository> singleSignOn,
                                            EducatorOidcUserService educators) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/account/password", "/account/reset").permitAll()
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**",
                                "/favicon.ico", "/favicon.svg", "/actuator/health", "/credentials/**").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/review/**").hasAnyRole("REVIEWER", "ADMIN")
                        .requestMatchers("/reports/**").hasAnyRole("ADMIN", "CAMPUS_LEADER")
                        .requestMatchers("/portfolio/**").hasRole("EDUCATOR")
                        .anyRequest().authenticated())
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(signedIn(throttle))
                        .failureHandler(signInFailed(throttle)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        if (singleSignOn.getIfAvailable() != null) {
            // Off unless spring.security.oauth2.client.registration.* names a provider.
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(educators))
                    .successHandler(signedIn(throttle))
                    .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?sso")));
        }
        return http.build();
    }

    private static AuthenticationSuccessHandler signedIn(SignInThrottle throttle) {
        SavedRequestAwareAuthenticationSuccessHandler home = new SavedRequestAwareAuthenticationSuccessHandler();
        home.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            throttle.succeeded(authentication.getName());
            home.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private static AuthenticationFailureHandler signInFailed(SignInThrottle throttle) {
        SimpleUrlAuthenticationFailureHandler back = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, exception) -> {
            throttle.failed(request.getParameter("username"), request.getRemoteAddr());
            back.onAuthenticationFailure(request, response, exception);
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
