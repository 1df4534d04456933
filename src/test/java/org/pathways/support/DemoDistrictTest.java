package org.pathways.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The whole application with a small demo district (the four demo logins included). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("demo")
@TestPropertySource(properties = {"pathways.demo.campuses=4", "pathways.demo.educators=120",
        "pathways.demo.allow-external-database=true"})
public @interface DemoDistrictTest {
}
