package brussels.maillage.events;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Adds this module's bundle ({@code i18n/events_*.properties}) to the application's
 * message source. The system module defines its own message source with the main bundle
 * only, so {@code spring.messages.basename} does not reach it; once it reads the module
 * bundles itself this bridge changes nothing (base names are a set) and can go.
 */
@Component
class EventMessagesBridge implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if ("messageSource".equals(beanName) && bean instanceof ReloadableResourceBundleMessageSource messages) {
			messages.addBasenames("classpath:i18n/events");
		}
		return bean;
	}

}
