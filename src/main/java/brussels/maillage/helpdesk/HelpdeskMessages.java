package brussels.maillage.helpdesk;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.stereotype.Component;

/**
 * Makes sure the helpdesk's bundle ({@code i18n/helpdesk}) is read by the application's
 * message source, which was declared with the main bundle only; adding a basename that is
 * already there changes nothing.
 */
@Component
class HelpdeskMessages implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if ("messageSource".equals(beanName) && bean instanceof AbstractResourceBasedMessageSource messages
				&& !messages.getBasenameSet().contains("classpath:i18n/helpdesk")) {
			messages.addBasenames("classpath:i18n/helpdesk");
		}
		return bean;
	}

}
