/**
 * The language the console speaks to the person at the keyboard: English, Arabic (right to left) or Spanish,
 * chosen by them and kept with their account, their browser's until they choose. Every word on a console
 * page comes from the {@code text} bundle ({@code org/newsroom/admin/console*.properties}) in that language.
 */
package org.newsroom.admin.language;
