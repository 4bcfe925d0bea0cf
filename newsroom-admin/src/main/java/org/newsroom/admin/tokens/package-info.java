/**
 * The "API tokens" screen: each person makes and revokes the tokens their tools use on the
 * staff API, an administrator anybody's. The service decides who may; the screen only asks.
 */
package org.newsroom.admin.tokens;
