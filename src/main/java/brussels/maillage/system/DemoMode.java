package brussels.maillage.system;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether demo data and demo accounts are enabled: {@code MAILLAGE_DEMO_DATA} when set,
 * otherwise on with the embedded database and off against a PostgreSQL server
 * (production).
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(Environment environment) {
		String setting = environment.getProperty("maillage.demo-data");
		this.enabled = StringUtils.hasText(setting) ? Boolean.parseBoolean(setting.trim())
				: !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

	public boolean enabled() {
		return this.enabled;
	}

}
