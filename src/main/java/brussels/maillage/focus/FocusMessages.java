package brussels.maillage.focus;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.AbstractResourceBasedMessageSource;

/**
 * Adds the Focus bundle ({@code i18n/focus_*.properties}) to the application's message
 * source. The system module's message source reads {@code messages_*} only; this stays
 * harmless (adding a basename twice is ignored) once it reads every module bundle.
 */
class FocusMessages implements BeanPostProcessor {

	static final String BASENAME = "classpath:i18n/focus";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if ("messageSource".equals(beanName) && bean instanceof AbstractResourceBasedMessageSource messages
				&& !messages.getBasenameSet().contains(BASENAME)) {
			messages.addBasenames(BASENAME);
		}
		return bean;
	}

}
