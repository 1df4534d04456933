package org.pathways.pathways;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For pathways integration tests: counts SQL statements per thread (datasource-proxy), collects
 * EndorsementCompleted events, and makes fresh educators so tests never share state.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PathwaysTestSupport {

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery().build();
                }
                return bean;
            }
        };
    }

    @Bean
    CompletedEvents completedEvents() {
        return new CompletedEvents();
    }

    /** Every EndorsementCompleted published while the context runs. */
    public static class CompletedEvents {

        private final List<EndorsementCompleted> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(EndorsementCompleted event) {
            events.add(event);
        }

        public List<EndorsementCompleted> of(long educatorId) {
            return events.stream().filter(e -> e.educatorId() == educatorId).toList();
        }
    }

    /** A new teacher at the campus of the demo teacher, holding no career role. */
    public static long newTeacher(JdbcTemplate jdbc) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Long campus = jdbc.queryForObject("select campus_id from educator where email = 'teacher@example.org'",
                Long.class);
        return jdbc.queryForObject("""
                insert into educator (employee_id, first_name, last_name, email, campus_id, position, pay_band, hire_date)
                values (?, 'Test', ?, ?, ?, 'Teacher', 3, ?) returning id""", Long.class,
                "T" + key, "Teacher " + key, "test." + key + "@example.net", campus, LocalDate.of(2020, 8, 1));
    }
}
