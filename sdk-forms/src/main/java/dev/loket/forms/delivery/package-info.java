/**
 * Handing submissions to the back office. Every stored submission has a row in the outbox,
 * written in the same transaction; an {@link dev.loket.forms.delivery.OutboxRelay} picks due rows,
 * calls a {@link dev.loket.forms.delivery.SubmissionDelivery}, and retries with exponential backoff
 * ({@link dev.loket.forms.delivery.RetryPolicy}) until it succeeds or the row is parked for a person
 * to look at. Delivery is at least once: a back office may see a submission again after a crash, and
 * recognises it by its id. Shipped deliveries: {@link dev.loket.forms.delivery.LogDelivery},
 * {@link dev.loket.forms.delivery.FileDelivery} and
 * {@link dev.loket.forms.delivery.WebhookDelivery} (signed HTTP POST).
 */
package dev.loket.forms.delivery;
