/**
 * The public API's OpenAPI document as a page people can read and try: Swagger UI at {@code /api-docs/}
 * over {@code /openapi}. Served from this WAR's own files (Swagger UI's script and style are copied in
 * at build time from its WebJar) so the reader site's Content-Security-Policy, which allows scripts
 * from our own origin only, holds here too.
 */
package org.newsroom.web.apidocs;
