package brussels.maillage.helpdesk.settings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Enables the helpdesk's settings ({@link HelpdeskProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HelpdeskProperties.class)
class HelpdeskSettingsConfiguration {

}
