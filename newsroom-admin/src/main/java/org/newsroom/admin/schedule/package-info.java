/**
 * The schedule calendar: scheduled publications and embargo ends on a PrimeFaces
 * Schedule in the desk's time zone. A drag is a reschedule through the workflow service,
 * so the same roles, rules and audit apply as for the editor's Schedule button; a refused
 * drag is put back by reloading the calendar from the database.
 */
package org.newsroom.admin.schedule;
