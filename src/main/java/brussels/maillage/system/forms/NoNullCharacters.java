package brussels.maillage.system.forms;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Takes the null character out of every text a form or an address sends
 * ({@code @ModelAttribute} records, {@code @RequestParam}, {@code @PathVariable}): no
 * keyboard types it, PostgreSQL stores no text holding it (it refused the write, and the
 * person lost the whole form to an error page), and the rest of what was typed is kept
 * and shown again as it was. JSON bodies are read by Jackson, not bound here.
 * <p>
 * A converter of text to text in Spring MVC's conversion service, through which every
 * binder converts what it binds, rather than an {@code @InitBinder} that registered an
 * editor of its own in each binder: a search of the HSDS API binds 13 parameters, each
 * with a binder of its own, and the reflective call of that method per binder was a
 * twentieth of the request's CPU (issue 17).
 */
@Configuration(proxyBeanMethods = false)
class NoNullCharacters implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, String.class, NoNullCharacters::withoutNullCharacters);
	}

	static String withoutNullCharacters(String text) {
		return text.replace("\u0000", "");
	}

}
