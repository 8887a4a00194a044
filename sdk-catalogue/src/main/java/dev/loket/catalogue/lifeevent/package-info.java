/**
 * "What do I need now?": a {@link dev.loket.catalogue.lifeevent.LifeEventGuide} turns a life event
 * into a {@link dev.loket.catalogue.lifeevent.LifeEventPlan} for a person's municipality: the steps
 * in order, each with the services of whichever agencies provide it, their channels and how to pay.
 */
package dev.loket.catalogue.lifeevent;
