package org.pathways.config;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Web settings that are not properties. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /**
     * Switches off link rewriting for static resources: it probed the classpath for every link on
     * every page (static resources are served from /**), which cost more than rendering the page.
     * Webjars keep their version-less URLs, which the webjars resolver maps when they are requested.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
