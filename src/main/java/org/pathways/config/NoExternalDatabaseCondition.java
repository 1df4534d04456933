package org.pathways.config;

import java.util.Arrays;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when neither a datasource URL nor the prod profile is given. */
class NoExternalDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        boolean urlGiven = environment.containsProperty("spring.datasource.url");
        boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        return !urlGiven && !prod;
    }
}
