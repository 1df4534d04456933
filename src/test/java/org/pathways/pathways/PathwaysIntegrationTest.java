package org.pathways.pathways;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.pathways.support.DemoDistrictTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/** The whole application on PostgreSQL with the small demo district; one shared context for pathways tests. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DemoDistrictTest
@AutoConfigureMockMvc
@Import(PathwaysTestSupport.class)
@interface PathwaysIntegrationTest {
}
