/**
 * The newsroom's publication calendar: what goes up when and which embargoes lift when,
 * read straight from the times the scheduler itself obeys (the database), so the calendar
 * can never show a plan the scheduler does not have. Moving a story is the workflow's
 * job (ArticleWorkflow.reschedule), so the same rules and audit apply.
 */
package org.newsroom.editorial.calendar;
