/**
 * The web's set-up: languages (the reader's choice, then {@code Accept-Language}), the
 * messages, static assets, the layout every page gets (navigation, language switch), the
 * home page with its sections, and Tomcat's own error answers in the same form as the
 * application's.
 */
package brussels.maillage.system.web;
