package brussels.maillage.events.opendoors;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The setting of open doors ({@code maillage.events.base-url}), as registration reads it.
 *
 * @param baseUrl the public address of Maillage, for links in e-mails
 */
@ConfigurationProperties("maillage.events")
record OpenDoorsSettings(String baseUrl) {

	OpenDoorsSettings {
		baseUrl = (baseUrl == null || baseUrl.isBlank()) ? "http://localhost:8080" : baseUrl.strip();
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

}
