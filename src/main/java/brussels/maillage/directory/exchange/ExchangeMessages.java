package brussels.maillage.directory.exchange;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.AbstractResourceBasedMessageSource;

/**
 * Adds the exchange bundle ({@code i18n/exchange_*.properties}) to the application's
 * message source, which reads {@code messages_*} only; harmless once it reads every
 * module bundle.
 */
class ExchangeMessages implements BeanPostProcessor {

	static final String BASENAME = "classpath:i18n/exchange";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if ("messageSource".equals(beanName) && bean instanceof AbstractResourceBasedMessageSource messages
				&& !messages.getBasenameSet().contains(BASENAME)) {
			messages.addBasenames(BASENAME);
		}
		return bean;
	}

}
