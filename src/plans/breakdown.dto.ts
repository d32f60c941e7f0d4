import { ApiProperty } from '@nestjs/swagger';
import { ECM_OUTCOME_KEYS, type EcmOutcome, RECOMMENDATION_KINDS, type RecommendationKind } from '../domain/vocabulary';
import type { FrameworkKey, IndicatorEra } from '../frameworks/frameworks';
import type {
  PlanProposal,
  ProposalFlag,
  ProposalFramework,
  ProposedAction,
  ProposedIndicator,
  ProposedLocalIndicator,
  ProposedMilestone,
  Reason,
  ReasonAbout,
} from './breakdown/breakdown';

class ReasonDto implements Reason {
  @ApiProperty({
    enum: ['kind', 'split', 'judgement_area', 'ecm_outcome', 'national_framework', 'indicator', 'owner', 'dates'],
  })
  about: ReasonAbout;
  @ApiProperty({ example: '"breastfeeding" → NI 53 Prevalence of breastfeeding at 6-8 weeks from birth.' })
  text: string;
}

class ProposedIndicatorDto implements ProposedIndicator {
  @ApiProperty({ example: 'NI 53' }) code: string;
  @ApiProperty() title: string;
}

class ProposedLocalIndicatorDto implements ProposedLocalIndicator {
  @ApiProperty({ nullable: true, type: String, description: 'For the clerk to choose.' }) code: string | null;
  @ApiProperty() title: string;
  @ApiProperty() unit: string;
  @ApiProperty({ enum: ['higher_is_better', 'lower_is_better'] }) polarity: ProposedLocalIndicator['polarity'];
  @ApiProperty({ enum: ['annual', 'academic_year', 'quarterly', 'monthly'] })
  frequency: ProposedLocalIndicator['frequency'];
}

class ProposedMilestoneDto implements ProposedMilestone {
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) dueDate: string;
}

class ProposedActionDto implements ProposedAction {
  @ApiProperty({ example: 'O2.1' }) reference: string;
  @ApiProperty({ format: 'uuid' }) recommendationId: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ enum: RECOMMENDATION_KINDS }) kind: RecommendationKind;
  @ApiProperty({ nullable: true, type: String }) judgementAreaKey: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The area's label in the inspection's own framework." })
  judgementAreaLabel?: string | null;
  @ApiProperty({ enum: ECM_OUTCOME_KEYS, nullable: true }) ecmOutcome: EcmOutcome | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) ownerId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) leadPartnerId: string | null;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) dueDate: string;
  @ApiProperty({ type: [ProposedMilestoneDto] }) milestones: ProposedMilestone[];
  @ApiProperty({ type: [ProposedIndicatorDto] }) indicators: ProposedIndicator[];
  @ApiProperty({ type: ProposedLocalIndicatorDto, nullable: true }) localIndicator: ProposedLocalIndicator | null;
  @ApiProperty({ enum: ['owner_unassigned', 'indicator_to_define'], isArray: true }) flags: ProposalFlag[];
  @ApiProperty({ type: [ReasonDto] }) reasons: Reason[];
}

class ProposalFrameworkDto implements ProposalFramework {
  @ApiProperty({ nullable: true, type: String, example: 'ilacs_2018' }) key: FrameworkKey | null;
  @ApiProperty({ nullable: true, type: String }) name: string | null;
  @ApiProperty({ description: 'Why the proposal follows this framework.' }) reason: string;
  @ApiProperty({
    enum: ['ni_2008', 'childrens_social_care'],
    description: 'The indicator catalogue of its era that suggestions are drawn from.',
  })
  indicatorEra: IndicatorEra;
}

export class PlanProposalDto implements PlanProposal {
  @ApiProperty({ type: ProposalFrameworkDto }) framework?: ProposalFramework;
  @ApiProperty({ type: [ProposedActionDto] }) actions: ProposedAction[];
}
