/**
 * The newsroom console at {@code /admin}: PrimeFaces screens named after what staff
 * do. Beans here only call the editorial services; every rule lives behind them.
 */
package org.newsroom.admin;
