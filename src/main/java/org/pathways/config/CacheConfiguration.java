package org.pathways.config;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Cache, backed by Caffeine (Boot configures it when Caffeine is on the classpath). Caches hold
 * data that many requests read and few change, each evicted where its data changes.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {
}
