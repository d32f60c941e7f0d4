import { ApiProperty } from '@nestjs/swagger';

export class DeadlineDto {
  @ApiProperty({ enum: ['draft_action_plan', 'action_plan'] }) key: string;
  @ApiProperty({ example: 'the written statement of proposed action (the action plan)' }) what: string;
  @ApiProperty({ description: 'Working days after the report was received, bank holidays excluded.' })
  workingDays: number;
  @ApiProperty({ format: 'date', nullable: true, type: String }) dueOn: string | null;
  @ApiProperty({ enum: ['running', 'due_today', 'late', 'met', 'met_late', 'sent_date_missing', 'cannot_count'] })
  state: string;
  @ApiProperty() workingDaysLeft: number;
  @ApiProperty() workingDaysLate: number;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'The day it was sent to the inspectorate.',
  })
  metOn: string | null;
  @ApiProperty() summary: string;
}

export class ClockSourceDto {
  @ApiProperty() cite: string;
  @ApiProperty() url: string;
}

export class StatutoryClockDto {
  @ApiProperty({ example: 'ilacs_2018', nullable: true, type: String, description: "The inspection's framework." })
  framework: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Inspecting local authority children’s services (2018–2026)' })
  frameworkName: string | null;
  @ApiProperty({ description: 'Whether the inspection asks the council for a plan by a deadline.' }) owes: boolean;
  @ApiProperty({ format: 'date', nullable: true, type: String }) receivedOn: string | null;
  @ApiProperty({ format: 'date' }) asOf: string;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: "The final plan's due date." })
  dueOn: string | null;
  @ApiProperty({
    enum: ['running', 'due_today', 'late', 'met', 'met_late', 'sent_date_missing', 'cannot_count', 'nothing_owed'],
    description: "The final plan's state.",
  })
  state: string;
  @ApiProperty() workingDaysLeft: number;
  @ApiProperty() workingDaysLate: number;
  @ApiProperty({ format: 'date', nullable: true, type: String }) metOn: string | null;
  @ApiProperty({ type: [DeadlineDto], description: 'What is owed, first to last (a draft, then the final plan).' })
  deadlines: DeadlineDto[];
  @ApiProperty({
    example:
      '23 working days left: the written statement of proposed action (the action plan) is due on 12 December 2008.',
  })
  summary: string;
  @ApiProperty({ nullable: true, type: String, description: "The framework's rule in words." }) rule: string | null;
  @ApiProperty({ nullable: true, type: String }) monitoring: string | null;
  @ApiProperty({ type: [ClockSourceDto] }) sources: ClockSourceDto[];
  @ApiProperty({ description: 'False where the rule could not be confirmed against a published document.' })
  confirmed: boolean;
}
