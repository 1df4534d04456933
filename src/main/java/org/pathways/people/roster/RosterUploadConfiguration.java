package org.pathways.people.roster;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Roster exports run to several megabytes, more than the servlet default of 1 MB. Raises the
 * upload limits to the roster's (spring.servlet.multipart.* still wins where it is larger).
 */
@Configuration(proxyBeanMethods = false)
class RosterUploadConfiguration {

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart,
                                                  @Value("${pathways.people.roster.max-upload-size:30MB}")
                                                  DataSize rosterMax) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setLocation(multipart.getLocation());
        factory.setFileSizeThreshold(multipart.getFileSizeThreshold());
        factory.setMaxFileSize(larger(multipart.getMaxFileSize(), rosterMax));
        factory.setMaxRequestSize(larger(multipart.getMaxRequestSize(), DataSize.ofBytes(rosterMax.toBytes() + 65536)));
        return factory.createMultipartConfig();
    }

    /** The larger limit; a negative configured size means unlimited and is kept. */
    private static DataSize larger(DataSize configured, DataSize roster) {
        if (configured == null) {
            return roster;
        }
        return configured.isNegative() || configured.compareTo(roster) >= 0 ? configured : roster;
    }
}
