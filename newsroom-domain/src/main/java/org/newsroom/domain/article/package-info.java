/**
 * The article aggregate: its kinds, its workflow states and the value objects that
 * describe it to readers (slug, reading time). Transitions live on {@link
 * org.newsroom.domain.article.Article} itself so that no caller can move a story
 * into a state the newsroom does not allow.
 */
package org.newsroom.domain.article;
