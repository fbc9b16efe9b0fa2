/**
 * The events module's settings ({@code maillage.events.*}), read by its registration,
 * open-doors and communities sub-packages.
 */
package brussels.maillage.events.settings;
