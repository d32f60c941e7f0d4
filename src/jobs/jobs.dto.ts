import { ApiProperty } from '@nestjs/swagger';
import type { JobState, JobStatus } from './job-queue';

export class JobDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'paper.print' }) name!: string;
  @ApiProperty({ enum: ['queued', 'running', 'failed', 'done'] }) state!: JobState;
  @ApiProperty({ nullable: true, type: String, description: 'What the job is doing now, while it runs.' })
  progress!: string | null;
  @ApiProperty({ description: 'Attempts started so far.' }) attempts!: number;
  @ApiProperty({ nullable: true, type: String, description: 'Why the last attempt failed.' })
  reason!: string | null;
  @ApiProperty({
    nullable: true,
    type: Object,
    description: 'What the job made, once done: for a paper, its id and address.',
  })
  result!: unknown;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) startedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) endedAt!: string | null;
}

export function toJobDto(job: JobStatus): JobDto {
  return {
    id: job.id,
    name: job.name,
    state: job.state,
    progress: job.progress,
    attempts: job.attempts,
    reason: job.reason,
    result: job.result ?? null,
    createdAt: new Date(job.createdAt).toISOString(),
    startedAt: job.startedAt ? new Date(job.startedAt).toISOString() : null,
    endedAt: job.endedAt ? new Date(job.endedAt).toISOString() : null,
  };
}
