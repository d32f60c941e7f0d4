import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Messages to people (reminders and escalations), the outbox that keeps them when no mail is configured, and each person's digest days. */
export class AddNotifications1796850000000 implements MigrationInterface {
  name = 'AddNotifications1796850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "authority_id" uuid NOT NULL,
        "recipient_id" uuid NOT NULL,
        "recipient_email" character varying(254) NOT NULL,
        "kind" character varying(20) NOT NULL,
        "day" date NOT NULL,
        "period" character varying(200) NOT NULL,
        "transport" character varying(10) NOT NULL,
        "subject" character varying(300) NOT NULL,
        "body" text NOT NULL,
        "notices" jsonb NOT NULL,
        "status" character varying(10) NOT NULL DEFAULT 'pending',
        "failure_reason" text,
        "provider_reference" character varying(200),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "delivered_at" TIMESTAMP WITH TIME ZONE,
        "failed_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "uq_notification_recipient_day_kind" UNIQUE ("recipient_id", "day", "kind"),
        CONSTRAINT "ck_notification_kind" CHECK (kind IN ('digest')),
        CONSTRAINT "ck_notification_transport" CHECK (transport IN ('notify', 'smtp', 'outbox')),
        CONSTRAINT "ck_notification_status" CHECK (status IN ('pending', 'delivered', 'failed')),
        CONSTRAINT "ck_notification_outcome" CHECK ((status = 'delivered') = (delivered_at IS NOT NULL) AND (status = 'failed') = (failed_at IS NOT NULL AND failure_reason IS NOT NULL)),
        CONSTRAINT "pk_notification" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_authority_created" ON "notification" ("authority_id", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_authority" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_recipient" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "outbox_message" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "authority_id" uuid NOT NULL,
        "recipient_email" character varying(254) NOT NULL,
        "recipient_name" character varying(200) NOT NULL,
        "subject" character varying(300) NOT NULL,
        "body" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_outbox_message" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_message_authority_created" ON "outbox_message" ("authority_id", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox_message" ADD CONSTRAINT "fk_outbox_message_authority" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "notification_preference" (
        "user_id" uuid NOT NULL,
        "authority_id" uuid NOT NULL,
        "digest_weekdays" smallint array NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_notification_preference_weekdays" CHECK (cardinality(digest_weekdays) > 0 AND digest_weekdays <@ ARRAY[1, 2, 3, 4, 5]::smallint[]),
        CONSTRAINT "pk_notification_preference" PRIMARY KEY ("user_id")
      )`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "fk_notification_preference_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "fk_notification_preference_authority" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
