import { IsUUID } from 'class-validator';

/** The parameters of an action's pages, checked by the global validation pipe: not a UUID is a 400. */
export class ActionIds {
  @IsUUID() planId: string;
  @IsUUID() actionId: string;
}

export class MilestoneIds extends ActionIds {
  @IsUUID() milestoneId: string;
}

export class LinkIds extends ActionIds {
  @IsUUID() linkId: string;
}
