import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'An organisation (foundation, association, municipality or company) taking part in joint employment projects.' })
export class Organisation {
  @Field(() => ID, { description: 'Stable identifier; tokens name the caller organisation by it.' })
  id: string;

  @Field({ description: 'Short, URL-safe name, e.g. "sotek".' })
  slug: string;

  @Field({ description: 'Official name, e.g. "Sotek-säätiö".' })
  name: string;
}
