/**
 * The newsroom's model: what an article, a section or a breaking item is, and the
 * rules each one guards itself. Kept free of EE services so the rules can be tested
 * in plain unit tests and reused by every module of the EAR.
 */
package org.newsroom.domain;
