package org.pathways.config;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup default: when no database is configured (no spring.datasource.url, profile
 * prod not active), Pathways runs its own PostgreSQL with data under ./.pathways/.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseServer embeddedDatabaseServer(@Value("${pathways.embedded-database.home:.pathways}") Path home) {
        return EmbeddedDatabaseServer.start(home);
    }

    @Bean
    DataSource dataSource(EmbeddedDatabaseServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("pathways-embedded");
        return dataSource;
    }
}
