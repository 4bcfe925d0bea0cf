/**
 * What the integration tests share, once: the archives they deploy ({@code Deployments}), one
 * way to act as a role inside the server ({@code AsRole}), one staff-API client that owns the
 * test accounts' credentials and reads JSON and problem answers ({@code StaffApi}), one reader's
 * HTTP client ({@code ReaderSite}), the management interface ({@code Management}), IT staff's
 * command-line tool ({@code OpsTool}), a second server on a database of its own
 * ({@code SecondServer}) with a byte-for-byte comparison of two servers' reader pages
 * ({@code SamePages}), and the two OpenAPI documents read, validated and compared with
 * the code's resources ({@code OpenApiDocuments}).
 * Before this package each test family carried its own copy of these, with small differences
 * nobody meant (two test passwords, three base URLs, six role runners); a fix or a new check
 * now lands in every test at once.
 */
package org.newsroom.it.support;
