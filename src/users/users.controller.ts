import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { CreateUserDto, SetPasswordDto, UpdateUserDto, UserDto, toUserDto } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('api/v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Policy(Permission.Administer)
  @ApiOkResponse({ type: [UserDto] })
  async list(@CurrentCaller() caller: Caller): Promise<UserDto[]> {
    return (await this.users.list(caller.authorityId)).map(toUserDto);
  }

  @Get(':id')
  @Policy(Permission.Administer)
  @ApiOkResponse({ type: UserDto })
  async get(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<UserDto> {
    return toUserDto(await this.users.get(caller.authorityId, id));
  }

  @Post()
  @Policy(Permission.Administer)
  @ApiCreatedResponse({ type: UserDto })
  async add(@CurrentCaller() caller: Caller, @Body() body: CreateUserDto): Promise<UserDto> {
    return toUserDto(await this.users.add(caller.authorityId, body));
  }

  /** Changes name, role, partner or active flag. Disabling signs the user out everywhere. */
  @Patch(':id')
  @Policy(Permission.Administer)
  @ApiOkResponse({ type: UserDto })
  async change(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserDto> {
    return toUserDto(await this.users.change(caller.authorityId, id, body, caller));
  }

  @Put(':id/password')
  @HttpCode(204)
  @Policy(Permission.Administer)
  @ApiNoContentResponse({ description: 'Password set; the user is signed out everywhere.' })
  async setPassword(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SetPasswordDto,
  ): Promise<void> {
    await this.users.setPassword(caller.authorityId, id, body.password);
  }
}
